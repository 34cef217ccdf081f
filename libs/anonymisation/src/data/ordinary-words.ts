// Ordinary Danish words, written for this project. A capitalised word in this list is never taken for a
// name on its own: at the start of a sentence or a line Danish capitalises every word, so "Hans mor …"
// (his mother), "Bo sammen med …" (live together) or "Per uge …" (per week) are ordinary words there.
// A name in the gazetteer that is also in this list counts as *ambiguous*: it is only reported with
// more evidence (mid-sentence capital, a second name beside it, a title or phrase like "hedder").

// Function words, pronouns, auxiliaries and the most common verbs, adverbs and adjectives.
export const FUNCTION_WORDS = `
af alle allerede alligevel alt altid anden andet andre at bag bagefter bare bedre bedst begge bl
blandt blev bliver blive blevet bort bør både da dag dagen dagene dags dal de dem den denne dens der
deres derefter derfor derfra deri dermed derpå derudover des det dets dette dig din dine disse dit
dog du efter eftersom egen eget egne eller ellers elles en end endda endnu endelig ene eneste enhver
ens enten er et ethvert eventuelt fik fire flere fleste for fordi forbi fordi foran forhold fra
frem fri fuld få fået får før først første gang gange gav gennem gerne give giver gjorde gjort god
godt gør gøre går gik ham han hans har havde have hele heller hellers hen hende hendes her herefter
hos hun hvad hvem hver hvert hvilke hvilken hvilket hvis hvor hvordan hvorfor hvorefter hvori
hvornår i igen ikke ind inden inde ingen ingenting inkl intet ja jeg jer jeres jo kan kom kommer
komme kun kunne lidt lige lille lang langt lave lidt man mand mange med meget mellem men mens mere
mest mig min mine mindre mindst mit mod må måske måtte ned nej nemlig netop noget nogen nogle nok
nu ny nye nyt nær næste næsten når og også om omkring op os otte over ovenfor overfor pga på rigtig
rundt samme sammen samt se seks selv selvom ser set sidst siden sig sige siger sin sine sit skal
skulle slet små som stadig stor store sådan således tager tale tidligere til tilbage tit to tog
tre typisk under undervejs ud uden udenfor udover ved vi vil ville var være været vores vort vore
vist vor øvrigt også ok dvs fx ca evt ift mht vedr jf iht bl.a f.eks
# verbs that often open a sentence in a case description
er var har havde bor boede går gik kommer kom bliver blev får fik siger sagde fortæller fortalte
synes syntes føler følte virker virkede viser viste reagerer reagerede græder leger spiser sover
tænker ønsker mangler trives mistrives kæmper klarer deltager deltog begyndte startede flyttede
ønskes beskrives vurderes henvises bemærkes anbefales oplyses oplyser ses kan vil skal må bør
# ordinary nouns and adjectives of case descriptions (headings and sentence starts)
anamnese baggrund barn barnet barnets barne børn børnene dreng drengen drengens pige pigen pigens
elev eleven elevens familie familien familiens forældre forældrene forældrenes hjem hjemmet skole
skolen skolens klasse klassen lærer læreren lærerne pædagog pædagogen pædagogerne trivsel
problemstilling problem problemer spørgsmål spørgsmålet screening screeninger resultat resultater
konklusion vurdering vurderingen observation observationer udredning udredningen diagnose diagnoser
diagnosen medicin medicinering søvn kost venner fritid sundhed historik aktuelt status netværk
netværket tiltag indsats indsatser samtale samtaler møde mødet formål henvendelse henvisning
sagsforløb forløb forløbet opsummering beskrivelse sammenfatning supervision sparring undervisning
psykolog psykologen psykiater læge lægen sagsbehandler sagsbehandleren socialrådgiver
socialrådgiveren sundhedsplejerske mor moren moderen mors far faren faderen fars søster søsteren
bror broren broderen søskende mormor morfar farmor farfar bedstemor bedstefar bedsteforældre onkel
moster faster tante fætter kusine kæreste ven veninde kammerat kammerater plejefamilie plejeforældre
angst depression autisme tristhed vrede uro koncentration opmærksomhed adfærd udvikling sprog
motorik sansning følelser tanker humør selvskade spiseforstyrrelse skolefravær fravær tics tvang
tilknytning traume traumer mistrivsel sorg skilsmisse samvær anbringelse underretning
hverdag weekend ferie jul påske pinse sommer vinter forår efterår morgen aften nat formiddag
eftermiddag uge ugen måned måneden år året tid tiden periode perioden
dansk engelsk matematik idræt musik natur teknologi frikvarter frikvarteret
ingen nogen alle flere mange få enkelte hvert hver
# the ordinary word behind names that are also words (see the comment at the top)
bo ask sol storm lærke hans per mark sten rose rosa liv lykke tage kaj bjørn svend falk ravn ulv
vilde line tone rune gry pil saga atlas max ben aksel anker kim birk eg tilde dag vinter sommer
bror glad rask frost hvid brun grøn lange mørk holm lund skov dal bjerg mose kjær dam bak
strand sand toft vang busk kvist lind fisker smed kok bonde munk præst skytte bager skriver hjort
fugl due svane ørn løve høj post krog kamp borg mille tue bue sol
ny iris jasmin lilje viol kamille mynte juni maj august april lin sus lise ane
ester kit ly skjold vibe krabbe
stub storm svane ring kold just ravn grove ring
ren tam hind lama rim tung lien rumle timian perle lotus dale helle tom aske
åen åens
# occupations and other answers after "Mor:", "Far:" in forms
tømrer murer maler elektriker mekaniker smed chauffør buschauffør lastbilchauffør frisør tjener
kok bager sælger butiksassistent ekspedient lagerarbejder fabriksarbejder rengøringsassistent
landmand ingeniør jurist økonom konsulent pædagogmedhjælper sosu-assistent sosu-hjælper
social- sundhedsassistent sygeplejerske læge lærer pædagog studerende elev ledig arbejdsløs
sygemeldt pensionist førtidspensionist kontanthjælp selvstændig ufaglært faglært hjemmegående
ukendt død afdød fraværende bosat ja nej
`;
