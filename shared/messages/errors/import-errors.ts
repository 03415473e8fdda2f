// Import: reading files, the mapping, batches and their undo; and why a row is rejected.
// Each entry: a code, its error type, and its sentence in the four languages (wording.ts).
// `file` is the file's name as the user chose it; `sheet` a sheet's name; `row` the row number
// the user sees in the file or sheet.
import { wording, type Wording, type WordFormat } from '../wording';

type InFile = { file: string };
type InSheet = { file: string; sheet: string | null };

/** "vendas.xlsx" or "vendas.xlsx (aba 2024)". */
const at = (p: InSheet, word: string) => (p.sheet ? `${p.file} (${word} "${p.sheet}")` : p.file);
const mb = (bytes: number, f: WordFormat) => `${f.int(Math.round(bytes / (1024 * 1024)))} MB`;

const DATE_FORMS = {
  pt: { dmy: 'dia/mês/ano', mdy: 'mês/dia/ano', ymd: 'ano-mês-dia', compact: 'aaaammdd' },
  en: { dmy: 'day/month/year', mdy: 'month/day/year', ymd: 'year-month-day', compact: 'yyyymmdd' },
  es: { dmy: 'día/mes/año', mdy: 'mes/día/año', ymd: 'año-mes-día', compact: 'aaaammdd' },
  ca: { dmy: 'dia/mes/any', mdy: 'mes/dia/any', ymd: 'any-mes-dia', compact: 'aaaammdd' },
};

/** The fields a message names, as the user knows them ('amount': or quantity × unit price). */
const FIELD_NAMES: Record<'pt' | 'en' | 'es' | 'ca', Record<string, string>> = {
  pt: { customer: 'cliente (código)', customerName: 'nome do cliente', date: 'data', amount: 'valor (ou quantidade e preço unitário)', orderId: 'pedido / nota fiscal', quantity: 'quantidade', unitPrice: 'preço unitário', cost: 'custo', margin: 'margem', product: 'produto', seller: 'vendedor', segment: 'segmento', region: 'região' },
  en: { customer: 'customer (code)', customerName: 'customer name', date: 'date', amount: 'amount (or quantity and unit price)', orderId: 'order / invoice', quantity: 'quantity', unitPrice: 'unit price', cost: 'cost', margin: 'margin', product: 'product', seller: 'seller', segment: 'segment', region: 'region' },
  es: { customer: 'cliente (código)', customerName: 'nombre del cliente', date: 'fecha', amount: 'importe (o cantidad y precio unitario)', orderId: 'pedido / factura', quantity: 'cantidad', unitPrice: 'precio unitario', cost: 'coste', margin: 'margen', product: 'producto', seller: 'vendedor', segment: 'segmento', region: 'región' },
  ca: { customer: 'client (codi)', customerName: 'nom del client', date: 'data', amount: 'import (o quantitat i preu unitari)', orderId: 'comanda / factura', quantity: 'quantitat', unitPrice: 'preu unitari', cost: 'cost', margin: 'marge', product: 'producte', seller: 'venedor', segment: 'segment', region: 'regió' },
};

export const importErrors = {
  // — The file itself —
  'import/unreadable': wording<InFile>('bad-file', {
    pt: (p) => `Não foi possível abrir o arquivo ${p.file}: verifique se ele existe e se você pode lê-lo.`,
    en: (p) => `The file ${p.file} could not be opened: check that it exists and that you can read it.`,
    es: (p) => `No se pudo abrir el archivo ${p.file}: compruebe que existe y que puede leerlo.`,
    ca: (p) => `No s'ha pogut obrir el fitxer ${p.file}: comproveu que existeix i que el podeu llegir.`,
  }),
  'import/empty-file': wording<InFile>('bad-file', {
    pt: (p) => `O arquivo ${p.file} está vazio.`,
    en: (p) => `The file ${p.file} is empty.`,
    es: (p) => `El archivo ${p.file} está vacío.`,
    ca: (p) => `El fitxer ${p.file} és buit.`,
  }),
  'import/old-xls': wording<InFile>('bad-file', {
    pt: (p) => `O arquivo ${p.file} está no formato antigo do Excel (.xls): abra-o no Excel e salve como .xlsx.`,
    en: (p) => `The file ${p.file} is in Excel's old format (.xls): open it in Excel and save it as .xlsx.`,
    es: (p) => `El archivo ${p.file} está en el formato antiguo de Excel (.xls): ábralo en Excel y guárdelo como .xlsx.`,
    ca: (p) => `El fitxer ${p.file} és en el format antic de l'Excel (.xls): obriu-lo a l'Excel i deseu-lo com a .xlsx.`,
  }),
  'import/encrypted': wording<InFile>('bad-file', {
    pt: (p) => `O arquivo ${p.file} está protegido por senha (criptografado) ou no formato antigo .xls: remova a senha ou salve-o como .xlsx sem senha e importe de novo.`,
    en: (p) => `The file ${p.file} is password-protected (encrypted) or in the old .xls format: remove the password or save it as .xlsx without one, and import it again.`,
    es: (p) => `El archivo ${p.file} está protegido con contraseña (cifrado) o en el formato antiguo .xls: quite la contraseña o guárdelo como .xlsx sin contraseña e impórtelo de nuevo.`,
    ca: (p) => `El fitxer ${p.file} està protegit amb contrasenya (xifrat) o és en el format antic .xls: traieu-ne la contrasenya o deseu-lo com a .xlsx sense contrasenya i importeu-lo de nou.`,
  }),
  'import/not-xlsx': wording<InFile>('bad-file', {
    pt: (p) => `O arquivo ${p.file} não é uma planilha .xlsx válida (não é um arquivo zip do Excel): se for texto, renomeie-o para .csv.`,
    en: (p) => `The file ${p.file} is not a valid .xlsx workbook (it is not an Excel zip file): if it is text, rename it to .csv.`,
    es: (p) => `El archivo ${p.file} no es un libro .xlsx válido (no es un archivo zip de Excel): si es texto, cámbiele el nombre a .csv.`,
    ca: (p) => `El fitxer ${p.file} no és un llibre .xlsx vàlid (no és un fitxer zip de l'Excel): si és text, canvieu-ne el nom a .csv.`,
  }),
  'import/damaged-zip': wording<InFile>('bad-file', {
    pt: (p) => `O arquivo ${p.file} está danificado ou incompleto e não pode ser lido como planilha .xlsx: abra-o no Excel, salve-o de novo e importe a cópia.`,
    en: (p) => `The file ${p.file} is damaged or incomplete and cannot be read as an .xlsx workbook: open it in Excel, save it again and import the copy.`,
    es: (p) => `El archivo ${p.file} está dañado o incompleto y no se puede leer como libro .xlsx: ábralo en Excel, guárdelo de nuevo e importe la copia.`,
    ca: (p) => `El fitxer ${p.file} és malmès o incomplet i no es pot llegir com a llibre .xlsx: obriu-lo a l'Excel, deseu-lo de nou i importeu-ne la còpia.`,
  }),
  'import/not-a-workbook': wording<InFile>('bad-file', {
    pt: (p) => `O arquivo ${p.file} é um zip, mas não uma pasta de trabalho do Excel: exporte as vendas como .xlsx ou .csv.`,
    en: (p) => `The file ${p.file} is a zip file but not an Excel workbook: export the sales as .xlsx or .csv.`,
    es: (p) => `El archivo ${p.file} es un zip, pero no un libro de Excel: exporte las ventas como .xlsx o .csv.`,
    ca: (p) => `El fitxer ${p.file} és un zip, però no un llibre de l'Excel: exporteu les vendes com a .xlsx o .csv.`,
  }),
  'import/too-many-entries': wording<InFile & { limit: number }>('bad-file', {
    pt: (p, f) => `O arquivo ${p.file} tem mais de ${f.int(p.limit)} partes internas, muito mais do que uma planilha do Excel tem: não foi lido. Salve as vendas como .csv e importe esse arquivo.`,
    en: (p, f) => `The file ${p.file} holds more than ${f.int(p.limit)} internal parts, far more than an Excel workbook has: it was not read. Save the sales as .csv and import that file.`,
    es: (p, f) => `El archivo ${p.file} tiene más de ${f.int(p.limit)} partes internas, muchas más que un libro de Excel: no se leyó. Guarde las ventas como .csv e importe ese archivo.`,
    ca: (p, f) => `El fitxer ${p.file} té més de ${f.int(p.limit)} parts internes, moltes més que un llibre de l'Excel: no s'ha llegit. Deseu les vendes com a .csv i importeu aquest fitxer.`,
  }),
  'import/part-too-large': wording<InFile & { part: string; limit: number }>('bad-file', {
    pt: (p, f) => `A parte ${p.part} do arquivo ${p.file} se expande para mais de ${mb(p.limit, f)}, acima do limite do Clave: não foi lida. Divida a planilha em arquivos menores ou salve-a como .csv.`,
    en: (p, f) => `The part ${p.part} of the file ${p.file} expands to more than ${mb(p.limit, f)}, over Clave's limit: it was not read. Split the workbook into smaller files or save it as .csv.`,
    es: (p, f) => `La parte ${p.part} del archivo ${p.file} se expande a más de ${mb(p.limit, f)}, por encima del límite de Clave: no se leyó. Divida el libro en archivos más pequeños o guárdelo como .csv.`,
    ca: (p, f) => `La part ${p.part} del fitxer ${p.file} s'expandeix a més de ${mb(p.limit, f)}, per sobre del límit del Clave: no s'ha llegit. Dividiu el llibre en fitxers més petits o deseu-lo com a .csv.`,
  }),
  'import/zip-bomb': wording<InFile & { part: string; ratio: number }>('bad-file', {
    pt: (p, f) => `A parte ${p.part} do arquivo ${p.file} se expande mais de ${f.int(p.ratio)} vezes, o que nenhuma planilha real faz (é uma "bomba zip"?): não foi lida. Se o arquivo veio de uma fonte confiável, salve-o como .csv e importe esse arquivo.`,
    en: (p, f) => `The part ${p.part} of the file ${p.file} expands more than ${f.int(p.ratio)} times, which no real workbook does (a "zip bomb"?): it was not read. If the file comes from a trusted source, save it as .csv and import that file.`,
    es: (p, f) => `La parte ${p.part} del archivo ${p.file} se expande más de ${f.int(p.ratio)} veces, algo que ningún libro real hace (¿una "bomba zip"?): no se leyó. Si el archivo viene de una fuente de confianza, guárdelo como .csv e importe ese archivo.`,
    ca: (p, f) => `La part ${p.part} del fitxer ${p.file} s'expandeix més de ${f.int(p.ratio)} vegades, cosa que cap llibre real no fa (una "bomba zip"?): no s'ha llegit. Si el fitxer ve d'una font de confiança, deseu-lo com a .csv i importeu aquest fitxer.`,
  }),
  'import/xml-declarations': wording<InFile & { part: string }>('bad-file', {
    pt: (p) => `A parte ${p.part} do arquivo ${p.file} declara entidades XML (DOCTYPE), o que o Excel nunca faz: por segurança, o arquivo não foi lido. Abra-o no Excel, salve-o de novo e importe a cópia.`,
    en: (p) => `The part ${p.part} of the file ${p.file} declares XML entities (DOCTYPE), which Excel never does: for safety the file was not read. Open it in Excel, save it again and import the copy.`,
    es: (p) => `La parte ${p.part} del archivo ${p.file} declara entidades XML (DOCTYPE), algo que Excel nunca hace: por seguridad, el archivo no se leyó. Ábralo en Excel, guárdelo de nuevo e importe la copia.`,
    ca: (p) => `La part ${p.part} del fitxer ${p.file} declara entitats XML (DOCTYPE), cosa que l'Excel no fa mai: per seguretat, el fitxer no s'ha llegit. Obriu-lo a l'Excel, deseu-lo de nou i importeu-ne la còpia.`,
  }),
  'import/bad-xml': wording<InFile & { part: string }>('bad-file', {
    pt: (p) => `A parte ${p.part} do arquivo ${p.file} não é XML bem formado: abra o arquivo no Excel, salve-o de novo e importe a cópia.`,
    en: (p) => `The part ${p.part} of the file ${p.file} is not well-formed XML: open the file in Excel, save it again and import the copy.`,
    es: (p) => `La parte ${p.part} del archivo ${p.file} no es XML bien formado: abra el archivo en Excel, guárdelo de nuevo e importe la copia.`,
    ca: (p) => `La part ${p.part} del fitxer ${p.file} no és XML ben format: obriu el fitxer a l'Excel, deseu-lo de nou i importeu-ne la còpia.`,
  }),
  'import/too-many-strings': wording<InFile & { limit: number }>('bad-file', {
    pt: (p, f) => `O arquivo ${p.file} tem mais de ${f.int(p.limit)} textos distintos, acima do limite do Clave: divida a planilha em arquivos menores ou salve-a como .csv.`,
    en: (p, f) => `The file ${p.file} holds more than ${f.int(p.limit)} distinct texts, over Clave's limit: split the workbook into smaller files or save it as .csv.`,
    es: (p, f) => `El archivo ${p.file} tiene más de ${f.int(p.limit)} textos distintos, por encima del límite de Clave: divida el libro en archivos más pequeños o guárdelo como .csv.`,
    ca: (p, f) => `El fitxer ${p.file} té més de ${f.int(p.limit)} textos diferents, per sobre del límit del Clave: dividiu el llibre en fitxers més petits o deseu-lo com a .csv.`,
  }),
  'import/cell-out-of-sheet': wording<InSheet & { ref: string }>('bad-file', {
    pt: (p) => `${at(p, 'aba')} tem uma célula em ${p.ref}, fora dos limites de uma planilha do Excel (colunas até XFD, linhas até 1.048.576): o arquivo está danificado ou foi forjado. Abra-o no Excel, salve-o de novo e importe a cópia.`,
    en: (p) => `${at(p, 'sheet')} has a cell at ${p.ref}, beyond an Excel sheet's bounds (columns up to XFD, rows up to 1,048,576): the file is damaged or forged. Open it in Excel, save it again and import the copy.`,
    es: (p) => `${at(p, 'hoja')} tiene una celda en ${p.ref}, fuera de los límites de una hoja de Excel (columnas hasta XFD, filas hasta 1.048.576): el archivo está dañado o falsificado. Ábralo en Excel, guárdelo de nuevo e importe la copia.`,
    ca: (p) => `${at(p, 'full')} té una cel·la a ${p.ref}, fora dels límits d'un full de l'Excel (columnes fins a XFD, files fins a 1.048.576): el fitxer és malmès o falsificat. Obriu-lo a l'Excel, deseu-lo de nou i importeu-ne la còpia.`,
  }),
  'import/too-many-columns': wording<InSheet & { row: number; limit: number }>('bad-file', {
    pt: (p, f) => `A linha ${f.int(p.row)} de ${at(p, 'aba')} tem mais de ${f.int(p.limit)} colunas, o limite do Excel: o separador foi mal detectado ou o arquivo não é uma tabela. Verifique o arquivo e exporte-o de novo.`,
    en: (p, f) => `Row ${f.int(p.row)} of ${at(p, 'sheet')} has more than ${f.int(p.limit)} columns, Excel's limit: the delimiter was misread or the file is not a table. Check the file and export it again.`,
    es: (p, f) => `La fila ${f.int(p.row)} de ${at(p, 'hoja')} tiene más de ${f.int(p.limit)} columnas, el límite de Excel: el separador se detectó mal o el archivo no es una tabla. Revise el archivo y expórtelo de nuevo.`,
    ca: (p, f) => `La fila ${f.int(p.row)} de ${at(p, 'full')} té més de ${f.int(p.limit)} columnes, el límit de l'Excel: el separador s'ha detectat malament o el fitxer no és una taula. Reviseu el fitxer i exporteu-lo de nou.`,
  }),
  'import/cell-too-long': wording<InFile & { row: number; column: string; limit: number }>('bad-file', {
    pt: (p, f) => `Na linha ${f.int(p.row)} de ${p.file}, a coluna ${p.column} abre aspas e passa de ${f.int(p.limit)} caracteres, o limite de uma célula do Excel: provavelmente uma aspa que nunca se fecha. Corrija o arquivo e importe de novo.`,
    en: (p, f) => `In row ${f.int(p.row)} of ${p.file}, column ${p.column} opens a quote and runs past ${f.int(p.limit)} characters, the limit of an Excel cell: probably a quote that is never closed. Fix the file and import it again.`,
    es: (p, f) => `En la fila ${f.int(p.row)} de ${p.file}, la columna ${p.column} abre comillas y pasa de ${f.int(p.limit)} caracteres, el límite de una celda de Excel: probablemente unas comillas que nunca se cierran. Corrija el archivo e impórtelo de nuevo.`,
    ca: (p, f) => `A la fila ${f.int(p.row)} de ${p.file}, la columna ${p.column} obre cometes i passa de ${f.int(p.limit)} caràcters, el límit d'una cel·la de l'Excel: probablement unes cometes que no es tanquen mai. Corregiu el fitxer i importeu-lo de nou.`,
  }),
  'import/line-too-long': wording<InFile & { row: number; limit: number }>('bad-file', {
    pt: (p, f) => `A linha ${f.int(p.row)} de ${p.file} passa de ${f.int(p.limit)} caracteres: não parece uma tabela de vendas (quebras de linha de outro tipo, ou um arquivo que não é texto). Verifique o arquivo e exporte-o de novo.`,
    en: (p, f) => `Row ${f.int(p.row)} of ${p.file} runs past ${f.int(p.limit)} characters: it does not look like a sales table (line breaks of another kind, or a file that is not text). Check the file and export it again.`,
    es: (p, f) => `La fila ${f.int(p.row)} de ${p.file} pasa de ${f.int(p.limit)} caracteres: no parece una tabla de ventas (saltos de línea de otro tipo, o un archivo que no es texto). Revise el archivo y expórtelo de nuevo.`,
    ca: (p, f) => `La fila ${f.int(p.row)} de ${p.file} passa de ${f.int(p.limit)} caràcters: no sembla una taula de vendes (salts de línia d'un altre tipus, o un fitxer que no és text). Reviseu el fitxer i exporteu-lo de nou.`,
  }),
  'import/binary-text': wording<InFile & { row: number }>('bad-file', {
    pt: (p, f) => `O arquivo ${p.file} tem bytes nulos (linha ${f.int(p.row)}): não é um arquivo de texto, ou está danificado. Exporte as vendas de novo como .csv ou .xlsx.`,
    en: (p, f) => `The file ${p.file} holds NUL bytes (row ${f.int(p.row)}): it is not a text file, or it is damaged. Export the sales again as .csv or .xlsx.`,
    es: (p, f) => `El archivo ${p.file} contiene bytes nulos (fila ${f.int(p.row)}): no es un archivo de texto o está dañado. Exporte las ventas de nuevo como .csv o .xlsx.`,
    ca: (p, f) => `El fitxer ${p.file} conté bytes nuls (fila ${f.int(p.row)}): no és un fitxer de text o és malmès. Exporteu les vendes de nou com a .csv o .xlsx.`,
  }),
  'import/no-data': wording<InFile>('bad-file', {
    pt: (p) => `O arquivo ${p.file} não tem nenhuma linha com dados: não há nada para importar.`,
    en: (p) => `The file ${p.file} has no row with data: there is nothing to import.`,
    es: (p) => `El archivo ${p.file} no tiene ninguna fila con datos: no hay nada que importar.`,
    ca: (p) => `El fitxer ${p.file} no té cap fila amb dades: no hi ha res per importar.`,
  }),
  'import/sheet-empty': wording<InFile & { sheet: string }>('bad-file', {
    pt: (p) => `A planilha "${p.sheet}" de ${p.file} está vazia: não há nada para importar.`,
    en: (p) => `The sheet "${p.sheet}" of ${p.file} is empty: there is nothing to import.`,
    es: (p) => `La hoja "${p.sheet}" de ${p.file} está vacía: no hay nada que importar.`,
    ca: (p) => `El full "${p.sheet}" de ${p.file} és buit: no hi ha res per importar.`,
  }),
  'import/no-such-sheet': wording<InFile & { sheet: string; sheets: readonly string[] }>('bad-file', {
    pt: (p, f) => `A planilha "${p.sheet}" não existe em ${p.file}; as abas são ${f.list(p.sheets.map((s) => `"${s}"`))}.`,
    en: (p, f) => `There is no sheet "${p.sheet}" in ${p.file}; its sheets are ${f.list(p.sheets.map((s) => `"${s}"`))}.`,
    es: (p, f) => `La hoja "${p.sheet}" no existe en ${p.file}; sus hojas son ${f.list(p.sheets.map((s) => `"${s}"`))}.`,
    ca: (p, f) => `El full "${p.sheet}" no existeix a ${p.file}; els fulls són ${f.list(p.sheets.map((s) => `"${s}"`))}.`,
  }),
  'import/no-columns': wording<InSheet & { rows: number }>('bad-file', {
    pt: (p, f) => `Nenhuma coluna reconhecida em ${at(p, 'aba')}: esperava cabeçalhos como cliente, data e valor (ou quantidade e preço unitário) nas primeiras ${f.int(p.rows)} linhas. Indique as colunas (na tela de importação, ou com --columns e --no-header na linha de comando).`,
    en: (p, f) => `No column recognised in ${at(p, 'sheet')}: expected headers such as customer, date and amount (or quantity and unit price) in the first ${f.int(p.rows)} rows. Name the columns (on the import screen, or with --columns and --no-header on the command line).`,
    es: (p, f) => `Ninguna columna reconocida en ${at(p, 'hoja')}: se esperaban encabezados como cliente, fecha e importe (o cantidad y precio unitario) en las primeras ${f.int(p.rows)} filas. Indique las columnas (en la pantalla de importación, o con --columns y --no-header en la línea de comandos).`,
    ca: (p, f) => `Cap columna reconeguda a ${at(p, 'full')}: s'esperaven capçaleres com client, data i import (o quantitat i preu unitari) a les primeres ${f.int(p.rows)} files. Indiqueu les columnes (a la pantalla d'importació, o amb --columns i --no-header a la línia d'ordres).`,
  }),
  'import/missing-columns': wording<InFile & { fields: readonly string[] }>('bad-file', {
    pt: (p, f) => `Colunas obrigatórias não encontradas em ${p.file}: ${f.list(p.fields.map((x) => FIELD_NAMES.pt[x] ?? x))}. Indique-as (na tela de importação, ou com --columns na linha de comando).`,
    en: (p, f) => `Required columns not found in ${p.file}: ${f.list(p.fields.map((x) => FIELD_NAMES.en[x] ?? x))}. Name them (on the import screen, or with --columns on the command line).`,
    es: (p, f) => `Columnas obligatorias no encontradas en ${p.file}: ${f.list(p.fields.map((x) => FIELD_NAMES.es[x] ?? x))}. Indíquelas (en la pantalla de importación, o con --columns en la línea de comandos).`,
    ca: (p, f) => `No s'han trobat columnes obligatòries a ${p.file}: ${f.list(p.fields.map((x) => FIELD_NAMES.ca[x] ?? x))}. Indiqueu-les (a la pantalla d'importació, o amb --columns a la línia d'ordres).`,
  }),
  'import/out-of-memory': wording<InFile>('bad-file', {
    pt: (p) => `Ler o arquivo ${p.file} precisaria de mais memória do que o Clave se permite: nada foi gravado. Divida-o em arquivos menores ou salve-o como .csv.`,
    en: (p) => `Reading the file ${p.file} would need more memory than Clave allows itself: nothing was written. Split it into smaller files or save it as .csv.`,
    es: (p) => `Leer el archivo ${p.file} necesitaría más memoria de la que Clave se permite: no se grabó nada. Divídalo en archivos más pequeños o guárdelo como .csv.`,
    ca: (p) => `Llegir el fitxer ${p.file} necessitaria més memòria de la que el Clave es permet: no s'ha desat res. Dividiu-lo en fitxers més petits o deseu-lo com a .csv.`,
  }),
  'import/preview-timeout': wording<InFile & { seconds: number }>('bad-file', {
    pt: (p, f) => `A leitura do início de ${p.file} passou de ${f.int(p.seconds)} segundos e foi interrompida: o arquivo é grande ou estranho demais para uma prévia. Divida-o ou salve-o como .csv.`,
    en: (p, f) => `Reading the beginning of ${p.file} took more than ${f.int(p.seconds)} seconds and was stopped: the file is too large or too odd for a preview. Split it or save it as .csv.`,
    es: (p, f) => `La lectura del inicio de ${p.file} pasó de ${f.int(p.seconds)} segundos y se interrumpió: el archivo es demasiado grande o extraño para una vista previa. Divídalo o guárdelo como .csv.`,
    ca: (p, f) => `La lectura de l'inici de ${p.file} ha passat de ${f.int(p.seconds)} segons i s'ha interromput: el fitxer és massa gran o estrany per a una vista prèvia. Dividiu-lo o deseu-lo com a .csv.`,
  }),
  'import/reader-stopped': wording<InFile>('bad-file', {
    pt: (p) => `A leitura do arquivo ${p.file} parou de forma inesperada: nada foi gravado. Tente de novo; se acontecer outra vez, salve-o como .csv e importe esse arquivo.`,
    en: (p) => `Reading the file ${p.file} stopped unexpectedly: nothing was written. Try again; if it happens again, save it as .csv and import that file.`,
    es: (p) => `La lectura del archivo ${p.file} se detuvo de forma inesperada: no se grabó nada. Inténtelo de nuevo; si vuelve a ocurrir, guárdelo como .csv e importe ese archivo.`,
    ca: (p) => `La lectura del fitxer ${p.file} s'ha aturat de manera inesperada: no s'ha desat res. Torneu-ho a provar; si torna a passar, deseu-lo com a .csv i importeu aquest fitxer.`,
  }),

  // — Running an import —
  'import/cancelled': wording('cancelled', {
    pt: () => 'Importação cancelada: nada foi gravado.',
    en: () => 'Import cancelled: nothing was written.',
    es: () => 'Importación cancelada: no se grabó nada.',
    ca: () => "Importació cancel·lada: no s'ha desat res.",
  }),
  'import/busy': wording<InFile>('conflict', {
    pt: (p) => `Outra gravação está em andamento neste espaço de trabalho; tente importar ${p.file} de novo em seguida.`,
    en: (p) => `Another write is under way in this workspace; try importing ${p.file} again in a moment.`,
    es: (p) => `Hay otra escritura en curso en este espacio de trabajo; intente importar ${p.file} de nuevo en un momento.`,
    ca: (p) => `Hi ha una altra escriptura en curs en aquest espai de treball; torneu a provar d'importar ${p.file} d'aquí a un moment.`,
  }),
  'import/duplicate': wording<InFile & { batch: number; batchFile: string; date: string }>('conflict', {
    pt: (p, f) => `O arquivo ${p.file} tem o mesmo conteúdo do lote ${p.batch} (${p.batchFile}), importado em ${f.day(p.date)}. Escolha pular ou importar de novo.`,
    en: (p, f) => `The file ${p.file} has the same content as batch ${p.batch} (${p.batchFile}), imported on ${f.day(p.date)}. Choose to skip it or to import it again.`,
    es: (p, f) => `El archivo ${p.file} tiene el mismo contenido que el lote ${p.batch} (${p.batchFile}), importado el ${f.day(p.date)}. Elija omitirlo o importarlo de nuevo.`,
    ca: (p, f) => `El fitxer ${p.file} té el mateix contingut que el lot ${p.batch} (${p.batchFile}), importat el ${f.day(p.date)}. Trieu ometre'l o importar-lo de nou.`,
  }),
  'import/bad-locale': wording<{ locale: string; allowed: readonly string[] }>('bad-option', {
    pt: (p, f) => `Localidade desconhecida: "${p.locale}" (use ${f.list(p.allowed)}).`,
    en: (p, f) => `Unknown locale: "${p.locale}" (use ${f.list(p.allowed)}).`,
    es: (p, f) => `Configuración regional desconocida: "${p.locale}" (use ${f.list(p.allowed)}).`,
    ca: (p, f) => `Configuració regional desconeguda: "${p.locale}" (feu servir ${f.list(p.allowed)}).`,
  }),
  'import/bad-mapping': wording('bad-option', {
    pt: () => 'Mapeamento de colunas inválido.',
    en: () => 'Invalid column mapping.',
    es: () => 'Asignación de columnas no válida.',
    ca: () => 'Assignació de columnes no vàlida.',
  }),
  'import/unknown-field': wording<{ field: string }>('bad-option', {
    pt: (p) => `Campo desconhecido no mapeamento: "${p.field}".`,
    en: (p) => `Unknown field in the mapping: "${p.field}".`,
    es: (p) => `Campo desconocido en la asignación: "${p.field}".`,
    ca: (p) => `Camp desconegut a l'assignació: "${p.field}".`,
  }),
  'import/bad-column': wording<{ field: string; column: string }>('bad-option', {
    pt: (p) => `Coluna inválida para o campo "${p.field}" no mapeamento: ${p.column}.`,
    en: (p) => `Invalid column for the field "${p.field}" in the mapping: ${p.column}.`,
    es: (p) => `Columna no válida para el campo "${p.field}" en la asignación: ${p.column}.`,
    ca: (p) => `Columna no vàlida per al camp "${p.field}" a l'assignació: ${p.column}.`,
  }),
  'import/same-column': wording<{ first: string; second: string }>('bad-option', {
    pt: (p) => `A mesma coluna foi escolhida para "${p.first}" e "${p.second}".`,
    en: (p) => `The same column was chosen for "${p.first}" and "${p.second}".`,
    es: (p) => `Se eligió la misma columna para "${p.first}" y "${p.second}".`,
    ca: (p) => `S'ha triat la mateixa columna per a "${p.first}" i "${p.second}".`,
  }),

  // — Batches —
  'import/bad-batch': wording('bad-option', {
    pt: () => 'Lote de importação inválido.',
    en: () => 'Invalid import batch.',
    es: () => 'Lote de importación no válido.',
    ca: () => "Lot d'importació no vàlid.",
  }),
  // Overlapping exports and undo (electron/import/overlap.ts, undo-import.ts).
  'import/overlap-bad-rule': wording<{ rule: string }>('bad-option', {
    pt: (p) => `Regra de sobreposição desconhecida "${p.rule}": use skip (pular o que já está guardado), replace (substituir) ou keep (manter tudo).`,
    en: (p) => `Unknown overlap rule "${p.rule}": use skip (leave out what is already stored), replace or keep (import everything).`,
    es: (p) => `Regla de solapamiento desconocida "${p.rule}": use skip (omitir lo ya guardado), replace (sustituir) o keep (conservar todo).`,
    ca: (p) => `Regla de solapament desconeguda "${p.rule}": feu servir skip (ometre el que ja està desat), replace (substituir) o keep (conservar-ho tot).`,
  }),
  'import/undo-not-found': wording<{ batch: number }>('not-found', {
    pt: (p) => `O lote de importação nº ${p.batch} não existe neste espaço de trabalho.`,
    en: (p) => `Import batch no. ${p.batch} does not exist in this workspace.`,
    es: (p) => `El lote de importación n.º ${p.batch} no existe en este espacio de trabajo.`,
    ca: (p) => `El lot d'importació núm. ${p.batch} no existeix en aquest espai de treball.`,
  }),
  'import/undo-already-undone': wording<{ batch: number; file: string; date: string }>('conflict', {
    pt: (p, f) => `O lote nº ${p.batch} (${p.file}) já foi desfeito em ${f.day(p.date)}.`,
    en: (p, f) => `Batch no. ${p.batch} (${p.file}) was already undone on ${f.day(p.date)}.`,
    es: (p, f) => `El lote n.º ${p.batch} (${p.file}) ya se deshizo el ${f.day(p.date)}.`,
    ca: (p, f) => `El lot núm. ${p.batch} (${p.file}) ja es va desfer el ${f.day(p.date)}.`,
  }),

  // — Why a row is rejected (a Reject's `code` says which; these are its sentence) —
  'import/reject/total-row': wording('bad-file', {
    pt: () => 'Linha de total ou subtotal: não é uma venda.',
    en: () => 'A total or subtotal row: not a sale.',
    es: () => 'Fila de total o subtotal: no es una venta.',
    ca: () => 'Fila de total o subtotal: no és una venda.',
  }),
  'import/reject/no-customer': wording('bad-file', {
    pt: () => 'Linha sem código de cliente.',
    en: () => 'A row without a customer code.',
    es: () => 'Fila sin código de cliente.',
    ca: () => 'Fila sense codi de client.',
  }),
  'import/reject/no-date': wording('bad-file', {
    pt: () => 'Linha sem data.',
    en: () => 'A row without a date.',
    es: () => 'Fila sin fecha.',
    ca: () => 'Fila sense data.',
  }),
  'import/reject/bad-date': wording<{ value: string; order: 'dmy' | 'mdy' | 'ymd' | 'compact' }>('bad-file', {
    pt: (p) => `Data ilegível: "${p.value}" (nesta coluna as datas são ${DATE_FORMS.pt[p.order]}).`,
    en: (p) => `Unreadable date: "${p.value}" (dates in this column are ${DATE_FORMS.en[p.order]}).`,
    es: (p) => `Fecha ilegible: "${p.value}" (en esta columna las fechas son ${DATE_FORMS.es[p.order]}).`,
    ca: (p) => `Data il·legible: "${p.value}" (en aquesta columna les dates són ${DATE_FORMS.ca[p.order]}).`,
  }),
  'import/reject/date-out-of-range': wording<{ value: string }>('bad-file', {
    pt: (p) => `Data fora do intervalo: "${p.value}" (o Clave lê datas de 01/01/1900 a 31/12/2099).`,
    en: (p) => `Date out of range: "${p.value}" (Clave reads dates from 01/01/1900 to 31/12/2099).`,
    es: (p) => `Fecha fuera de rango: "${p.value}" (Clave lee fechas del 01/01/1900 al 31/12/2099).`,
    ca: (p) => `Data fora de l'interval: "${p.value}" (el Clave llegeix dates de l'01/01/1900 al 31/12/2099).`,
  }),
  'import/reject/bad-number': wording<{ value: string; decimal: ',' | '.' }>('bad-file', {
    pt: (p) => `Número ilegível: "${p.value}" (nesta coluna o separador decimal é ${p.decimal === ',' ? 'a vírgula' : 'o ponto'}).`,
    en: (p) => `Unreadable number: "${p.value}" (the decimal separator in this column is the ${p.decimal === ',' ? 'comma' : 'point'}).`,
    es: (p) => `Número ilegible: "${p.value}" (en esta columna el separador decimal es ${p.decimal === ',' ? 'la coma' : 'el punto'}).`,
    ca: (p) => `Nombre il·legible: "${p.value}" (en aquesta columna el separador decimal és ${p.decimal === ',' ? 'la coma' : 'el punt'}).`,
  }),
  'import/reject/number-too-large': wording<{ value: string }>('bad-file', {
    pt: (p) => `Número grande demais: "${p.value}" (o Clave guarda valores de até 90 trilhões, em centavos exatos).`,
    en: (p) => `Number too large: "${p.value}" (Clave keeps amounts up to 90 trillion, in exact cents).`,
    es: (p) => `Número demasiado grande: "${p.value}" (Clave guarda importes de hasta 90 billones, en céntimos exactos).`,
    ca: (p) => `Nombre massa gran: "${p.value}" (el Clave desa imports de fins a 90 bilions, en cèntims exactes).`,
  }),
  'import/reject/no-amount': wording('bad-file', {
    pt: () => 'Linha sem valor (nem quantidade × preço unitário).',
    en: () => 'A row without an amount (nor quantity × unit price).',
    es: () => 'Fila sin importe (ni cantidad × precio unitario).',
    ca: () => 'Fila sense import (ni quantitat × preu unitari).',
  }),
} satisfies Record<string, Wording<never>>;
