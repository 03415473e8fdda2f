// The kinds of error the API knows; each decides the HTTP status and the command line's exit code.
export type ErrorType =
  | 'bad-file' // a file cannot be read (not a spreadsheet, encrypted, no recognisable columns…)
  | 'bad-option' // an argument or parameter is out of range or malformed
  | 'bad-request' // an API call whose argument is not of the handler's shape (a caller's bug)
  | 'not-found' // a run, batch or customer that does not exist
  | 'conflict' // the action needs a decision first (same file imported before…), or the workspace is busy
  | 'cancelled' // the user cancelled a long job
  | 'refused' // a security rule refused the request (token, origin, path)
  | 'internal'; // a bug: the user sees "erro interno" and a reference, the details go to a log
