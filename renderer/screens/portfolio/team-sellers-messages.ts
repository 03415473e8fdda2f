// The sellers of the sales offered to the team (team-sellers.tsx), in Clave's four languages.
import { defineMessages } from '../../i18n/locales';

export const teamSellersMessages = defineMessages({
  'pt-BR': {
    title: 'Vendedores das vendas que ainda não estão na equipe',
    hint: 'Um clique adiciona o vendedor à equipe (como vendedor; o papel pode ser trocado acima).',
    customers: (n: number, text: string) => (n === 1 ? `${text} cliente` : `${text} clientes`),
    addOne: (name: string) => `Adicionar ${name} à equipe`,
    addAll: (n: number, text: string) => (n === 1 ? `Adicionar o vendedor` : `Adicionar todos (${text})`),
    added: (n: number, names: string) => (n === 1 ? `${names} entrou na equipe.` : `${n} vendedores entraram na equipe: ${names}.`),
  },
  en: {
    title: 'Sellers in the sales who are not in the team yet',
    hint: 'One click adds the seller to the team (as a seller; the role can be changed above).',
    customers: (n: number, text: string) => (n === 1 ? `${text} customer` : `${text} customers`),
    addOne: (name: string) => `Add ${name} to the team`,
    addAll: (n: number, text: string) => (n === 1 ? 'Add the seller' : `Add all (${text})`),
    added: (n: number, names: string) => (n === 1 ? `${names} joined the team.` : `${n} sellers joined the team: ${names}.`),
  },
  es: {
    title: 'Vendedores de las ventas que aún no están en el equipo',
    hint: 'Un clic añade el vendedor al equipo (como vendedor; el papel se puede cambiar arriba).',
    customers: (n: number, text: string) => (n === 1 ? `${text} cliente` : `${text} clientes`),
    addOne: (name: string) => `Añadir a ${name} al equipo`,
    addAll: (n: number, text: string) => (n === 1 ? 'Añadir el vendedor' : `Añadir todos (${text})`),
    added: (n: number, names: string) => (n === 1 ? `${names} entró en el equipo.` : `${n} vendedores entraron en el equipo: ${names}.`),
  },
  ca: {
    title: "Venedors de les vendes que encara no són a l'equip",
    hint: "Un clic afegeix el venedor a l'equip (com a venedor; el paper es pot canviar a dalt).",
    customers: (n: number, text: string) => (n === 1 ? `${text} client` : `${text} clients`),
    addOne: (name: string) => `Afegir ${name} a l'equip`,
    addAll: (n: number, text: string) => (n === 1 ? 'Afegir el venedor' : `Afegir-los tots (${text})`),
    added: (n: number, names: string) => (n === 1 ? `${names} ha entrat a l'equip.` : `${n} venedors han entrat a l'equip: ${names}.`),
  },
});
