// The words of overlapping exports (SPEC "Import"): the check before importing, the three rules,
// what an import skipped or replaced, and what an undo brought back. Four languages.
import type { OverlapMode } from '../../../shared/api/import-api';
import { defineMessages } from '../../i18n/locales';
import { pl } from '../../i18n/plurals';

type Rule = { label: string; hint: string };

export const overlapMessages = defineMessages({
  'pt-BR': {
    checking: 'Verificando o que já está guardado…',
    title: 'Vendas que já estão guardadas',
    sheetsInOrder: (n: number, names: string) =>
      `As ${n} abas (${names}) são lidas em ordem, como exportações seguidas: uma linha de uma aba idêntica a uma linha de uma aba anterior conta como já guardada.`,
    fileLines: (file: string, n: number, lines: string, from: string, to: string) =>
      n === 1 ? `${file} tem 1 linha de venda, de ${from}.` : `${file} tem ${lines} linhas de venda, de ${from} a ${to}.`,
    stored: (n: number, lines: string) =>
      `${n === 1 ? '1 delas já está guardada, idêntica' : `${lines} delas já estão guardadas, idênticas`} (mesmo cliente, data, pedido, produto, quantidade, valor e custo ou margem):`,
    noneStored: 'Nenhuma delas é idêntica a uma venda já guardada.',
    range: (from: string, to: string, n: number, lines: string) => `${from === to ? from : `${from} a ${to}`}: ${lines} ${n === 1 ? 'linha' : 'linhas'}`,
    question: 'O que fazer com as vendas já guardadas?',
    rules: {
      skip: { label: 'Pular as idênticas', hint: 'Importa só as linhas que ainda não estão guardadas. Duas linhas iguais no mesmo arquivo são duas vendas.' },
      replace: { label: 'Substituir o período do arquivo', hint: 'Remove as vendas guardadas nas datas do arquivo e importa o arquivo inteiro. Desfazer esta importação as traz de volta.' },
      keep: { label: 'Manter tudo', hint: 'Importa todas as linhas: as vendas já guardadas passam a contar duas vezes.' },
    } satisfies Record<OverlapMode, Rule>,
    recommended: 'recomendado',
    replaceWill: (n: number, lines: string, from: string, to: string) =>
      `Substituir removerá ${lines} ${n === 1 ? 'linha guardada' : 'linhas guardadas'}, de ${from} a ${to}:`,
    replaceNothing: 'Substituir não removeria nada: nenhuma venda guardada cai nas datas do arquivo.',
    batch: (id: number, file: string, n: number, lines: string, from: string, to: string) => `lote nº ${id}, ${file}: ${lines} ${n === 1 ? 'linha' : 'linhas'} (${from} a ${to})`,
    importButton: 'Importar',
    back: 'Voltar',
    skippedKpi: 'Já guardadas (puladas)',
    replacedKpi: 'Guardadas substituídas',
    undone: (lines: number, restored: number) =>
      `Importação desfeita: ${pl.pt.count(lines, 'linha de venda removida', 'linhas de venda removidas')}; ${pl.pt.count(restored, 'linha que ela havia substituído está de volta', 'linhas que ela havia substituído estão de volta')}.`,
    batchUndone: (id: number, lines: number, restored: number) =>
      `Lote nº ${id} desfeito: ${pl.pt.count(lines, 'linha de venda removida', 'linhas de venda removidas')}; ${pl.pt.count(restored, 'linha que ele havia substituído está de volta', 'linhas que ele havia substituído estão de volta')}.`,
    skippedColumn: 'Puladas',
    replacedColumn: 'Substituídas',
  },
  en: {
    checking: 'Checking what is already stored…',
    title: 'Sales already stored',
    sheetsInOrder: (n: number, names: string) =>
      `The ${n} sheets (${names}) are read in order, as consecutive exports: a line of a sheet identical to a line of an earlier sheet counts as already stored.`,
    fileLines: (file: string, n: number, lines: string, from: string, to: string) =>
      n === 1 ? `${file} has 1 sale line, of ${from}.` : `${file} has ${lines} sale lines, from ${from} to ${to}.`,
    stored: (n: number, lines: string) =>
      `${n === 1 ? '1 of them is already stored, identical' : `${lines} of them are already stored, identical`} (same customer, date, order, product, quantity, amount and cost or margin):`,
    noneStored: 'None of them is identical to a sale already stored.',
    range: (from: string, to: string, n: number, lines: string) => `${from === to ? from : `${from} to ${to}`}: ${lines} ${n === 1 ? 'line' : 'lines'}`,
    question: 'What should happen to the sales already stored?',
    rules: {
      skip: { label: 'Skip the identical ones', hint: 'Imports only the lines not stored yet. Two equal lines in the same file are two sales.' },
      replace: { label: 'Replace the file’s period', hint: 'Removes the stored sales within the file’s dates and imports the whole file. Undoing this import brings them back.' },
      keep: { label: 'Keep everything', hint: 'Imports every line: the sales already stored will count twice.' },
    } satisfies Record<OverlapMode, Rule>,
    recommended: 'recommended',
    replaceWill: (n: number, lines: string, from: string, to: string) => `Replacing will remove ${lines} stored ${n === 1 ? 'line' : 'lines'}, from ${from} to ${to}:`,
    replaceNothing: 'Replacing would remove nothing: no stored sale falls within the file’s dates.',
    batch: (id: number, file: string, n: number, lines: string, from: string, to: string) => `batch #${id}, ${file}: ${lines} ${n === 1 ? 'line' : 'lines'} (${from} to ${to})`,
    importButton: 'Import',
    back: 'Back',
    skippedKpi: 'Already stored (skipped)',
    replacedKpi: 'Stored lines replaced',
    undone: (lines: number, restored: number) =>
      `Import undone: ${pl.en.count(lines, 'sale line', 'sale lines')} removed; ${pl.en.count(restored, 'line it had replaced is', 'lines it had replaced are')} back.`,
    batchUndone: (id: number, lines: number, restored: number) =>
      `Batch #${id} undone: ${pl.en.count(lines, 'sale line', 'sale lines')} removed; ${pl.en.count(restored, 'line it had replaced is', 'lines it had replaced are')} back.`,
    skippedColumn: 'Skipped',
    replacedColumn: 'Replaced',
  },
  es: {
    checking: 'Comprobando lo que ya está guardado…',
    title: 'Ventas ya guardadas',
    sheetsInOrder: (n: number, names: string) =>
      `Las ${n} hojas (${names}) se leen en orden, como exportaciones seguidas: una línea de una hoja idéntica a una línea de una hoja anterior cuenta como ya guardada.`,
    fileLines: (file: string, n: number, lines: string, from: string, to: string) =>
      n === 1 ? `${file} tiene 1 línea de venta, del ${from}.` : `${file} tiene ${lines} líneas de venta, del ${from} al ${to}.`,
    stored: (n: number, lines: string) =>
      `${n === 1 ? '1 de ellas ya está guardada, idéntica' : `${lines} de ellas ya están guardadas, idénticas`} (mismo cliente, fecha, pedido, producto, cantidad, importe y coste o margen):`,
    noneStored: 'Ninguna es idéntica a una venta ya guardada.',
    range: (from: string, to: string, n: number, lines: string) => `${from === to ? from : `${from} a ${to}`}: ${lines} ${n === 1 ? 'línea' : 'líneas'}`,
    question: '¿Qué hacer con las ventas ya guardadas?',
    rules: {
      skip: { label: 'Omitir las idénticas', hint: 'Importa solo las líneas que aún no están guardadas. Dos líneas iguales en el mismo archivo son dos ventas.' },
      replace: { label: 'Sustituir el periodo del archivo', hint: 'Quita las ventas guardadas en las fechas del archivo e importa el archivo entero. Deshacer esta importación las devuelve.' },
      keep: { label: 'Conservar todo', hint: 'Importa todas las líneas: las ventas ya guardadas contarán dos veces.' },
    } satisfies Record<OverlapMode, Rule>,
    recommended: 'recomendado',
    replaceWill: (n: number, lines: string, from: string, to: string) => `Sustituir quitará ${lines} ${n === 1 ? 'línea guardada' : 'líneas guardadas'}, del ${from} al ${to}:`,
    replaceNothing: 'Sustituir no quitaría nada: ninguna venta guardada cae en las fechas del archivo.',
    batch: (id: number, file: string, n: number, lines: string, from: string, to: string) => `lote n.º ${id}, ${file}: ${lines} ${n === 1 ? 'línea' : 'líneas'} (${from} a ${to})`,
    importButton: 'Importar',
    back: 'Volver',
    skippedKpi: 'Ya guardadas (omitidas)',
    replacedKpi: 'Guardadas sustituidas',
    undone: (lines: number, restored: number) =>
      `Importación deshecha: ${pl.es.count(lines, 'línea de venta quitada', 'líneas de venta quitadas')}; ${pl.es.count(restored, 'línea que había sustituido ha vuelto', 'líneas que había sustituido han vuelto')}.`,
    batchUndone: (id: number, lines: number, restored: number) =>
      `Lote n.º ${id} deshecho: ${pl.es.count(lines, 'línea de venta quitada', 'líneas de venta quitadas')}; ${pl.es.count(restored, 'línea que había sustituido ha vuelto', 'líneas que había sustituido han vuelto')}.`,
    skippedColumn: 'Omitidas',
    replacedColumn: 'Sustituidas',
  },
  ca: {
    checking: 'Comprovant què ja està desat…',
    title: 'Vendes ja desades',
    sheetsInOrder: (n: number, names: string) =>
      `Els ${n} fulls (${names}) es llegeixen en ordre, com a exportacions seguides: una línia d’un full idèntica a una línia d’un full anterior compta com a ja desada.`,
    fileLines: (file: string, n: number, lines: string, from: string, to: string) =>
      n === 1 ? `${file} té 1 línia de venda, del ${from}.` : `${file} té ${lines} línies de venda, del ${from} al ${to}.`,
    stored: (n: number, lines: string) =>
      `${n === 1 ? '1 ja està desada, idèntica' : `${lines} ja estan desades, idèntiques`} (mateix client, data, comanda, producte, quantitat, import i cost o marge):`,
    noneStored: 'Cap no és idèntica a una venda ja desada.',
    range: (from: string, to: string, n: number, lines: string) => `${from === to ? from : `${from} a ${to}`}: ${lines} ${n === 1 ? 'línia' : 'línies'}`,
    question: 'Què cal fer amb les vendes ja desades?',
    rules: {
      skip: { label: 'Ometre les idèntiques', hint: 'Importa només les línies que encara no estan desades. Dues línies iguals al mateix fitxer són dues vendes.' },
      replace: { label: 'Substituir el període del fitxer', hint: 'Treu les vendes desades dins les dates del fitxer i importa el fitxer sencer. Desfer aquesta importació les torna.' },
      keep: { label: 'Conservar-ho tot', hint: 'Importa totes les línies: les vendes ja desades comptaran dues vegades.' },
    } satisfies Record<OverlapMode, Rule>,
    recommended: 'recomanat',
    replaceWill: (n: number, lines: string, from: string, to: string) => `Substituir traurà ${lines} ${n === 1 ? 'línia desada' : 'línies desades'}, del ${from} al ${to}:`,
    replaceNothing: 'Substituir no trauria res: cap venda desada no cau dins les dates del fitxer.',
    batch: (id: number, file: string, n: number, lines: string, from: string, to: string) => `lot núm. ${id}, ${file}: ${lines} ${n === 1 ? 'línia' : 'línies'} (${from} a ${to})`,
    importButton: 'Importa',
    back: 'Torna',
    skippedKpi: 'Ja desades (omeses)',
    replacedKpi: 'Desades substituïdes',
    undone: (lines: number, restored: number) =>
      `Importació desfeta: ${pl.ca.count(lines, 'línia de venda treta', 'línies de venda tretes')}; ${pl.ca.count(restored, 'línia que havia substituït ha tornat', 'línies que havia substituït han tornat')}.`,
    batchUndone: (id: number, lines: number, restored: number) =>
      `Lot núm. ${id} desfet: ${pl.ca.count(lines, 'línia de venda treta', 'línies de venda tretes')}; ${pl.ca.count(restored, 'línia que havia substituït ha tornat', 'línies que havia substituït han tornat')}.`,
    skippedColumn: 'Omeses',
    replacedColumn: 'Substituïdes',
  },
});
