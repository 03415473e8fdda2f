// Splits a text/event-stream into the `data` of each event block (the web host sends one JSON
// document per block; comment lines such as `: ping` are skipped).
export function createEventStreamParser(onData: (data: string) => void): { push(text: string): void } {
  let buffer = '';
  return {
    push(text) {
      buffer += text.replace(/\r\n?/g, '\n');
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).replace(/^ /, ''))
          .join('\n');
        if (data !== '') onData(data);
        end = buffer.indexOf('\n\n');
      }
    },
  };
}
