// People a case text discusses as such, written for this project: composers, authors and characters a
// child reads, hears or plays ("lytter til Carl Nielsen", "læser Astrid Lindgren"). Not the child's people.
export const FAMOUS_PEOPLE = `
mozart|beethoven|bach|chopin|vivaldi|grieg|sibelius|haydn|schubert|wagner|tjajkovskij
carl nielsen|c.e.f. weyse|weyse|kim larsen|gasolin|benny andersen|halfdan rasmussen|piet hein
h.c. andersen|hans christian andersen|astrid lindgren|roald dahl|j.k. rowling|rowling|tolkien
ole lund kirkegaard|cecil bødker|bjarne reuter|kim fupz aakeson|thøger larsen|grundtvig|kierkegaard
søren kierkegaard|n.f.s. grundtvig|holberg|ludvig holberg|blicher|karen blixen|tove ditlevsen
pippi langstrømpe|pippi|emil fra lønneberg|harry potter|halfdan rasmussen|hermione|ronja røverdatter|karius og baktus
anders and|mickey|rasmus klump|bamse|kylling|gurli gris|peppa|spiderman|batman|elsa|anna og elsa
messi|ronaldo|mbappé|haaland|christian eriksen|greta thunberg|freud|sigmund freud|jung
`;
