// The fast path of a CSV record (parse-csv-bytes.ts): a row read from its fields' bytes into a
// numbered line (line-batch.ts), with the same result as decoding it, splitting it and running
// the row parser (shared/import/parse-row.ts) and the builder's push on its cells. It takes only
// rows it can read for sure: it returns false, having changed nothing, for a row that might be
// blank, a total, or refused, and for any field it does not read plainly; the caller then reads
// that row the general way. A field is decoded only when its bytes are new (a code, a text, a
// date) or not plain ASCII (a number with a currency sign).
import { NUMBER_FIELDS, type ColumnFormats, type EvidenceCollector } from '../../shared/import/column-formats';
import { fieldColumns, lineAmount, lineMargin, readingOf } from '../../shared/import/parse-row';
import type { ColumnMapping, ImportLocale } from '../../shared/import/fields';
import { isTotalLabel, mayBeginTotalLabel } from '../../shared/import/fold-text';
import { dateEvidence, parseDateText, type DateEvidence } from '../../shared/import/parse-date';
import { decimalEvidence, decimalEvidenceBytes, parseNumberText, type DecimalEvidence } from '../../shared/import/parse-number';
import { OTHER_SHAPE, parseNumberBytes } from '../../shared/import/parse-number-bytes';
import { majorToCents, toMilli } from '../../shared/domain/money';
import { ABSENT, createByteKeys } from './byte-keys';
import { emptyNumberedLine, NAME, PRODUCT, REGION, SEGMENT, SELLER, type LineBatchBuilder } from './line-batch';
import type { CsvEncoding } from './read-csv';

/** A record's fields: field i is bytes[starts[i], ends[i]). */
export type Fields = { bytes: Uint8Array; starts: Int32Array; ends: Int32Array; count: number };

export type ByteRowParser = (fields: Fields) => boolean;

const COMMA = 44;
const DOT = 46;
const NO_DAY = -0x80000000;

/** Whether a field's first byte could begin a total label once trimmed (its letter, or what trim removes). */
const mayBeLabel = (c: number): boolean => mayBeginTotalLabel(c) || c <= 0x20 || c >= 0x80;

/** Whether bytes[from, to) is plain: no byte that trim() could remove at either end. */
const plainEnds = (bytes: Uint8Array, from: number, to: number): boolean => {
  const a = bytes[from]!;
  const b = bytes[to - 1]!;
  return a > 0x20 && a < 0x80 && b > 0x20 && b < 0x80;
};

export function createByteRowParser(o: {
  mapping: ColumnMapping;
  formats: ColumnFormats;
  locale: ImportLocale;
  encoding: CsvEncoding;
  builder: LineBatchBuilder;
  /** Counts each row's format evidence (gathered for every row of a CSV), or null. */
  evidence: EvidenceCollector | null;
}): ByteRowParser {
  const { mapping, formats, locale, builder, evidence } = o;
  // Mid-file, as the import's streaming decoder does: a U+FEFF there is a character.
  const decoder = new TextDecoder(o.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8', { ignoreBOM: true });
  const col = fieldColumns(mapping);
  const { decimal: decimalOf, monthFirst } = readingOf(formats, locale);
  const labelColumns = [col.customer, col.customerName, col.orderId, col.date].filter((c) => c >= 0);

  // The number columns in the evidence collector's order (NUMBER_FIELDS), which is also the
  // order they are read in: amount, quantity, unit price, cost, margin.
  const numberFields = NUMBER_FIELDS.filter((f) => mapping[f] !== undefined);
  const numberColumns = numberFields.map((f) => mapping[f]!);
  const numberDecimals = numberFields.map((f) => (decimalOf(f) === ',' ? COMMA : DOT));
  const numberDecimalText = numberFields.map((f) => decimalOf(f));
  const values = new Float64Array(numberFields.length);
  const present = new Uint8Array(numberFields.length);
  const evidences = new Uint8Array(numberFields.length);
  const slot = (f: (typeof numberFields)[number]) => numberFields.indexOf(f);
  const [kAmount, kQty, kPrice, kCost, kMargin] = [slot('amount'), slot('quantity'), slot('unitPrice'), slot('cost'), slot('margin')];

  const customers = createByteKeys();
  const texts = createByteKeys();
  const str = (bytes: Uint8Array, from: number, to: number) => decoder.decode(bytes.subarray(from, to));

  // The dates met, by their bytes (a file has a few hundred): their day (NO_DAY: unreadable or
  // blank, for the general path to refuse) and what each proves about the day/month order.
  const dates = createByteKeys();
  const days: number[] = [];
  const dateEvidences: DateEvidence[] = [];
  // The total-label verdict of the label fields met (1: a total label), by their bytes.
  const labels = createByteKeys();
  // The last order id read, by its bytes: the lines of one order repeat it.
  let lastOrder = new Uint8Array(64);
  let lastOrderLength = -1;
  let lastOrderId: string | null = null;

  const sameAs = (kept: Uint8Array, keptLength: number, bytes: Uint8Array, from: number, to: number) => {
    if (keptLength !== to - from) return false;
    for (let i = from; i < to; i++) if (kept[i - from] !== bytes[i]) return false;
    return true;
  };
  const keep = (kept: Uint8Array<ArrayBuffer>, bytes: Uint8Array, from: number, to: number): Uint8Array<ArrayBuffer> => {
    const k = kept.length >= to - from ? kept : new Uint8Array(to - from);
    k.set(bytes.subarray(from, to));
    return k;
  };

  /** Whether field c, if not empty, is a total label ("the first filled cell" or a label column). */
  const isTotal = (f: Fields, c: number): boolean => {
    if (c >= f.count) return false;
    const from = f.starts[c]!;
    const to = f.ends[c]!;
    if (from === to || !mayBeLabel(f.bytes[from]!)) return false;
    let verdict = labels.get(f.bytes, from, to);
    if (verdict === ABSENT) {
      verdict = isTotalLabel(str(f.bytes, from, to).trim()) ? 1 : 0;
      labels.set(f.bytes, from, to, verdict);
    }
    return verdict === 1;
  };

  /** A text field's number (−1: blank or absent), numbered the first time its bytes are met. */
  const textRef = (f: Fields, c: number, column: number): number => {
    if (c < 0 || c >= f.count) return -1;
    const from = f.starts[c]!;
    const to = f.ends[c]!;
    if (from === to) return -1;
    let n = texts.get(f.bytes, from, to);
    if (n === ABSENT) {
      const t = str(f.bytes, from, to).trim();
      n = t === '' ? -1 : builder.textNumber(t, column);
      texts.set(f.bytes, from, to, n);
    }
    return n;
  };

  const line = emptyNumberedLine();

  return (f) => {
    const { bytes, starts, ends } = f;
    // A total row (parse-row.ts): a label column, or the first filled cell, says so.
    for (let i = 0; i < labelColumns.length; i++) if (isTotal(f, labelColumns[i]!)) return false;
    for (let c = 0; c < f.count; c++) {
      if (starts[c] === ends[c]) continue;
      if (!labelColumns.includes(c) && isTotal(f, c)) return false;
      break;
    }

    // The customer: known bytes, or new ones that are not blank once trimmed.
    if (col.customer >= f.count) return false;
    const cFrom = starts[col.customer]!;
    const cTo = ends[col.customer]!;
    if (cFrom === cTo) return false;
    let customer = customers.get(bytes, cFrom, cTo);
    let newCode: string | null = null;
    if (customer === ABSENT) {
      newCode = plainEnds(bytes, cFrom, cTo) ? str(bytes, cFrom, cTo) : str(bytes, cFrom, cTo).trim();
      if (newCode === '') return false;
    }

    // The date.
    if (col.date >= f.count) return false;
    const dFrom = starts[col.date]!;
    const dTo = ends[col.date]!;
    let d = dates.get(bytes, dFrom, dTo);
    if (d === ABSENT) {
      const text = str(bytes, dFrom, dTo);
      d = days.length;
      days.push(text.trim() === '' ? NO_DAY : (parseDateText(text, monthFirst) ?? NO_DAY));
      dateEvidences.push(dateEvidence(text));
      dates.set(bytes, dFrom, dTo, d);
    }
    const day = days[d]!;
    if (day === NO_DAY) return false;

    // The numbers, and what each proves about its decimal separator.
    for (let k = 0; k < numberColumns.length; k++) {
      const c = numberColumns[k]!;
      present[k] = 0;
      evidences[k] = 0;
      if (c >= f.count) continue;
      const from = starts[c]!;
      const to = ends[c]!;
      let v = parseNumberBytes(bytes, from, to, numberDecimals[k]!);
      let e: DecimalEvidence = 0;
      if (v === OTHER_SHAPE) {
        const text = str(bytes, from, to);
        v = parseNumberText(text, numberDecimalText[k]!);
        if (evidence) e = decimalEvidence(text);
      } else if (evidence) e = decimalEvidenceBytes(bytes, from, to);
      if (v !== null && Number.isNaN(v)) return false;
      evidences[k] = e;
      if (v !== null) {
        present[k] = 1;
        values[k] = v;
      }
    }
    const value = (k: number) => (k >= 0 && present[k] === 1 ? values[k]! : null);
    const amountCents = lineAmount(value(kAmount), value(kQty), value(kPrice));
    if (amountCents === null) return false;

    // The row is a sale line: count its evidence, number its texts, hand it on.
    if (evidence) {
      for (let k = 0; k < numberColumns.length; k++) if (numberColumns[k]! < f.count) evidence.countNumber(k, evidences[k] as DecimalEvidence);
      evidence.countDate(dateEvidences[d]!);
    }
    builder.read();
    if (newCode !== null) {
      customer = builder.customerNumber(newCode);
      customers.set(bytes, cFrom, cTo, customer);
    }
    line.customer = customer;
    line.product = textRef(f, col.product, PRODUCT);
    line.seller = textRef(f, col.seller, SELLER);
    line.segment = textRef(f, col.segment, SEGMENT);
    line.region = textRef(f, col.region, REGION);
    line.customerName = textRef(f, col.customerName, NAME);
    if (col.orderId < 0 || col.orderId >= f.count) line.orderId = null;
    else {
      const from = starts[col.orderId]!;
      const to = ends[col.orderId]!;
      if (!sameAs(lastOrder, lastOrderLength, bytes, from, to)) {
        const t = str(bytes, from, to).trim();
        lastOrderId = t === '' ? null : t;
        lastOrder = keep(lastOrder, bytes, from, to);
        lastOrderLength = to - from;
      }
      line.orderId = lastOrderId;
    }
    line.day = day;
    const quantity = value(kQty);
    const cost = value(kCost);
    line.quantityMilli = quantity === null ? null : toMilli(quantity);
    line.amountCents = amountCents;
    line.costCents = cost === null ? null : majorToCents(cost);
    line.marginCents = lineMargin(value(kMargin), line.costCents, amountCents);
    builder.pushNumbered(line);
    return true;
  };
}
