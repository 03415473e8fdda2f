// Getting a spreadsheet to the backend: the open dialog (desktop) or file chooser (browser), or
// a File dropped on the page (uploaded; the desktop app refuses it with a message saying to use
// the menu, which is shown as any other error).
import { useCallback, useState } from 'react';
import { openFile, uploadFile, type ChosenFile } from '../../api';
import { useReportError } from '../../app/errors';
import { useMessages } from '../../i18n/settings';
import { importMessages } from './import-messages';
import { isSpreadsheetName, spreadsheetFilters } from './spreadsheet-files';

export type FileChoice = {
  /** The name of the file being uploaded, while it is. */
  uploading: string | null;
  choose(): Promise<ChosenFile | null>;
  upload(file: File): Promise<ChosenFile | null>;
};

export function useFileChoice(): FileChoice {
  const m = useMessages(importMessages);
  const report = useReportError();
  const [uploading, setUploading] = useState<string | null>(null);
  const choose = useCallback(async () => {
    try {
      return await openFile(spreadsheetFilters(m.spreadsheets));
    } catch (e) {
      report(e);
      return null;
    }
  }, [m, report]);
  const upload = useCallback(
    async (file: File) => {
      if (!isSpreadsheetName(file.name)) {
        report(new Error(m.notSpreadsheet(file.name)));
        return null;
      }
      setUploading(file.name);
      try {
        return await uploadFile(file);
      } catch (e) {
        report(e);
        return null;
      } finally {
        setUploading(null);
      }
    },
    [m, report],
  );
  return { uploading, choose, upload };
}
