// `print=1` in the route (the app menu's "Imprimir dossiê" sets it): once the page is ready —
// data loaded and the chart drawn, which happens in the children's effects before this one —
// print it, then drop the parameter so a reload does not print again.
import { useEffect, useRef } from 'react';
import { printPage } from '../../api';
import { useReportError } from '../../app/errors';

export function usePrintRequest(requested: boolean, ready: boolean, fileName: string, withoutPrint: string) {
  const report = useReportError();
  const done = useRef(false);
  useEffect(() => {
    if (!requested) {
      done.current = false;
      return;
    }
    if (!ready || done.current) return;
    done.current = true;
    // One frame later the browser has laid the page out and painted the canvas.
    const frame = requestAnimationFrame(() => {
      printPage(fileName)
        .catch(report)
        .finally(() => window.location.replace(withoutPrint));
    });
    return () => cancelAnimationFrame(frame);
  }, [requested, ready, fileName, withoutPrint, report]);
}
