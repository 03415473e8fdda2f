// `clave --help` in the four languages: the command line speaks the language of its environment
// (LC_ALL, LC_MESSAGES, LANG; pt-BR when unset or unknown). Options, commands and their values
// (month, revenue, skip…) are the contract's words (SPEC "Command line contract") and stay as they
// are in every language; what they mean is translated. `--discount` is SPEC's (the predictive
// models), parsed once that work is merged.
import type { Lang } from './wording';

const pt = `Clave — clientes-chave, curva ABC (Pareto) e XYZ

Uso:
  clave analyze ARQUIVO [opções] [--json] [--out RESULTADO.xlsx] [--db BANCO]
  clave analyze --db BANCO [opções]          analisa o que já foi importado
  clave import ARQUIVO --db BANCO [--again] [--overlap skip|replace|keep]
                                             importa uma planilha (.xlsx, .csv, .txt)
  clave runs --db BANCO [--json]             lista as análises guardadas (* = a análise atual)
  clave export --db BANCO [--run N] --out ARQUIVO.xlsx|.csv   (padrão: a análise atual)

Opções da análise (padrões do SPEC):
  --from AAAA-MM-DD --to AAAA-MM-DD   janela (padrão: 12 meses até o mês da última venda)
  --period month|week|quarter         período: mês, semana ISO ou trimestre (padrão: month)
  --basis revenue|margin|quantity|orders   base do ABC: faturamento, margem, quantidade ou
                                      pedidos (padrão: revenue)
  --a 80 --b 95                       limites acumulados de A e B, em %
  --x 0.5 --y 1.0                     limites do coeficiente de variação (clássico: 0.1 e 0.25)
  --min-periods 3                     histórico mínimo para XYZ, em períodos
  --inactive-days 180 --lost-days 365 dias sem compra para inativo e para perdido
  --discount 0.01                     desconto mensal da receita prevista e do CLV (0.01 ou 1% = 1 % ao mês)
Importação:
  --sheet NOME|all  aba da planilha (padrão: a primeira com dados); all: todas as abas com o
                    mesmo cabeçalho, como um só lote, na ordem da pasta de trabalho
  --columns customer=A,date=B,amount=D
                    as colunas de cada campo, por letra, número (1 = a primeira) ou título;
                    campos: customer, name, date, amount, quantity, unitPrice, cost, margin,
                    order, product, seller, segment, region
  --no-header       o arquivo não tem linha de cabeçalho (use --columns com letras ou números)
  --locale pt-BR|ca|es|en-US|en-GB    desempate de formatos de número e data (padrão: pt-BR)
  --again           importa de novo um arquivo já importado
  --overlap skip|replace|keep   linhas que já estão guardadas (de exportações que se sobrepõem):
                    skip pula as iguais (padrão), replace substitui as das datas do arquivo, keep mantém todas

Sem --db, "analyze" usa um banco temporário. Erros: uma linha em stderr e código de saída 2.
O idioma vem de LC_ALL, LC_MESSAGES ou LANG (pt, en, es, ca; português quando outro).
--json escreve as chaves e os valores do SPEC, em qualquer idioma.`;

const en = `Clave — key accounts, ABC (Pareto) and XYZ analysis

Usage:
  clave analyze FILE [options] [--json] [--out RESULT.xlsx] [--db DATABASE]
  clave analyze --db DATABASE [options]      analyses what was already imported
  clave import FILE --db DATABASE [--again] [--overlap skip|replace|keep]
                                             imports a spreadsheet (.xlsx, .csv, .txt)
  clave runs --db DATABASE [--json]          lists the stored runs (* = the current analysis)
  clave export --db DATABASE [--run N] --out FILE.xlsx|.csv   (default: the current analysis)

Analysis options (SPEC defaults):
  --from YYYY-MM-DD --to YYYY-MM-DD   window (default: 12 months up to the month of the latest sale)
  --period month|week|quarter         period: month, ISO week or quarter (default: month)
  --basis revenue|margin|quantity|orders   ABC basis: revenue, margin, quantity or orders
                                      (default: revenue)
  --a 80 --b 95                       cumulative A and B thresholds, in %
  --x 0.5 --y 1.0                     coefficient-of-variation thresholds (classic: 0.1 and 0.25)
  --min-periods 3                     minimum history for XYZ, in periods
  --inactive-days 180 --lost-days 365 days without a purchase to be inactive and lost
  --discount 0.01                     monthly discount of the predicted revenue and CLV (0.01 or 1% = 1 % a month)
Import:
  --sheet NAME|all  the workbook's sheet (default: the first with data); all: every sheet with
                    the same header, as one batch, in workbook order
  --columns customer=A,date=B,amount=D
                    each field's column, by letter, number (1 = the first) or header text;
                    fields: customer, name, date, amount, quantity, unitPrice, cost, margin,
                    order, product, seller, segment, region
  --no-header       the file has no header row (use --columns with letters or numbers)
  --locale pt-BR|ca|es|en-US|en-GB    tie-break for number and date formats (default: pt-BR)
  --again           imports a file already imported once more
  --overlap skip|replace|keep   lines already stored (from overlapping exports):
                    skip leaves out identical ones (default), replace replaces those of the file's
                    dates, keep keeps them all

Without --db, "analyze" uses a temporary database. Errors: one line on stderr and exit code 2.
The language comes from LC_ALL, LC_MESSAGES or LANG (pt, en, es, ca; Portuguese otherwise).
--json writes SPEC's keys and values, in any language.`;

const es = `Clave — cuentas clave, análisis ABC (Pareto) y XYZ

Uso:
  clave analyze ARCHIVO [opciones] [--json] [--out RESULTADO.xlsx] [--db BASE]
  clave analyze --db BASE [opciones]         analiza lo ya importado
  clave import ARCHIVO --db BASE [--again] [--overlap skip|replace|keep]
                                             importa una hoja de cálculo (.xlsx, .csv, .txt)
  clave runs --db BASE [--json]              lista los análisis guardados (* = el análisis actual)
  clave export --db BASE [--run N] --out ARCHIVO.xlsx|.csv   (por defecto: el análisis actual)

Opciones del análisis (valores por defecto del SPEC):
  --from AAAA-MM-DD --to AAAA-MM-DD   ventana (por defecto: 12 meses hasta el mes de la última venta)
  --period month|week|quarter         periodo: mes, semana ISO o trimestre (por defecto: month)
  --basis revenue|margin|quantity|orders   base del ABC: facturación, margen, cantidad o
                                      pedidos (por defecto: revenue)
  --a 80 --b 95                       límites acumulados de A y B, en %
  --x 0.5 --y 1.0                     límites del coeficiente de variación (clásico: 0.1 y 0.25)
  --min-periods 3                     historial mínimo para XYZ, en periodos
  --inactive-days 180 --lost-days 365 días sin compra para inactivo y para perdido
  --discount 0.01                     descuento mensual de los ingresos previstos y del CLV (0.01 o 1% = 1 % al mes)
Importación:
  --sheet NOMBRE|all  hoja del libro (por defecto: la primera con datos); all: todas las hojas
                    con el mismo encabezado, como un solo lote, en el orden del libro
  --columns customer=A,date=B,amount=D
                    la columna de cada campo, por letra, número (1 = la primera) o título;
                    campos: customer, name, date, amount, quantity, unitPrice, cost, margin,
                    order, product, seller, segment, region
  --no-header       el archivo no tiene fila de encabezado (use --columns con letras o números)
  --locale pt-BR|ca|es|en-US|en-GB    desempate de formatos de número y fecha (por defecto: pt-BR)
  --again           importa de nuevo un archivo ya importado
  --overlap skip|replace|keep   líneas ya guardadas (de exportaciones que se solapan):
                    skip omite las iguales (por defecto), replace sustituye las de las fechas del
                    archivo, keep las conserva todas

Sin --db, "analyze" usa una base temporal. Errores: una línea en stderr y código de salida 2.
El idioma sale de LC_ALL, LC_MESSAGES o LANG (pt, en, es, ca; portugués si es otro).
--json escribe las claves y los valores del SPEC, en cualquier idioma.`;

const ca = `Clave — comptes clau, anàlisi ABC (Pareto) i XYZ

Ús:
  clave analyze FITXER [opcions] [--json] [--out RESULTAT.xlsx] [--db BASE]
  clave analyze --db BASE [opcions]          analitza el que ja s'ha importat
  clave import FITXER --db BASE [--again] [--overlap skip|replace|keep]
                                             importa un full de càlcul (.xlsx, .csv, .txt)
  clave runs --db BASE [--json]              llista les anàlisis desades (* = l'anàlisi actual)
  clave export --db BASE [--run N] --out FITXER.xlsx|.csv   (per defecte: l'anàlisi actual)

Opcions de l'anàlisi (valors per defecte del SPEC):
  --from AAAA-MM-DD --to AAAA-MM-DD   finestra (per defecte: 12 mesos fins al mes de l'última venda)
  --period month|week|quarter         període: mes, setmana ISO o trimestre (per defecte: month)
  --basis revenue|margin|quantity|orders   base de l'ABC: facturació, marge, quantitat o
                                      comandes (per defecte: revenue)
  --a 80 --b 95                       límits acumulats d'A i B, en %
  --x 0.5 --y 1.0                     límits del coeficient de variació (clàssic: 0.1 i 0.25)
  --min-periods 3                     historial mínim per a l'XYZ, en períodes
  --inactive-days 180 --lost-days 365 dies sense compra per a inactiu i per a perdut
  --discount 0.01                     descompte mensual dels ingressos previstos i del CLV (0.01 o 1% = 1 % al mes)
Importació:
  --sheet NOM|all   full del llibre (per defecte: el primer amb dades); all: tots els fulls amb
                    la mateixa capçalera, com un sol lot, en l'ordre del llibre
  --columns customer=A,date=B,amount=D
                    la columna de cada camp, per lletra, número (1 = la primera) o títol;
                    camps: customer, name, date, amount, quantity, unitPrice, cost, margin,
                    order, product, seller, segment, region
  --no-header       el fitxer no té fila de capçalera (feu servir --columns amb lletres o números)
  --locale pt-BR|ca|es|en-US|en-GB    desempat de formats de nombre i data (per defecte: pt-BR)
  --again           torna a importar un fitxer ja importat
  --overlap skip|replace|keep   línies ja desades (d'exportacions que se solapen):
                    skip omet les iguals (per defecte), replace substitueix les de les dates del
                    fitxer, keep les conserva totes

Sense --db, "analyze" fa servir una base temporal. Errors: una línia a stderr i codi de sortida 2.
L'idioma surt de LC_ALL, LC_MESSAGES o LANG (pt, en, es, ca; portuguès si és un altre).
--json escriu les claus i els valors de l'SPEC, en qualsevol idioma.`;

const HELP: Record<Lang, string> = { pt, en, es, ca };

export function cliHelp(lang: Lang): string {
  return HELP[lang];
}
