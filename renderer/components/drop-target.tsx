// An area that takes a spreadsheet dropped from the file manager. While a file is dragged over
// it, it says what will happen; the drop hands the File to `onFile`.
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import './drop-target.css';

type Props = { onFile(file: File): void; label: string; children: ReactNode; className?: string };

const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

export function DropTarget({ onFile, label, children, className = '' }: Props) {
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them to know when the pointer left.
  const depth = useRef(0);
  return (
    <div
      className={`drop-target ${className} ${over ? 'drop-over' : ''}`}
      onDragEnter={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        depth.current++;
        setOver(true);
      }}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        depth.current = 0;
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      {children}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          <span>{label}</span>
        </div>
      )}
    </div>
  );
}
