-- Schema 10: a rejected row's column by its position, and its reason as a message code with its
-- parameters, so that the screens and the rejects export word both in the reader's language
-- ("column C", not "coluna C"; the value quoted in the reason). Rows stored before keep NULL: they
-- are shown as they were stored (the column's name, the reason's code).
ALTER TABLE import_rejects ADD COLUMN column_index INTEGER;
ALTER TABLE import_rejects ADD COLUMN message_json TEXT;
