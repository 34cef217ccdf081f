import { clean, LabelledText, withIds } from './labelled-text';
import { CLEAN_TRAPS } from './labelled-clean-traps';
import { IDENTIFIERS_AS_WRITTEN } from './labelled-identifiers';

export type { LabelledIdentifier, LabelledText } from './labelled-text';

/*
 * Short Danish texts written for this project to measure the check: clean case descriptions full of
 * capitalised clinical words, and texts with identifiers in many writings. This file holds the first set;
 * labelled-clean-traps.ts and labelled-identifiers.ts hold the texts written for issue 12 (the ways
 * identifiers are really written, and clean texts full of the traps that must not be flagged).
 */

const FIRST_CLEAN_TEXTS: readonly LabelledText[] = [
  clean('Drengen er 9 år og går i 3. klasse. Han har ADHD og får Medikinet. SDQ total 19 (forældre).'),
  clean(
    'Pigen på 14 år har haft skolefravær siden efterårsferien. Hun har gennemført Cool Kids hos PPR uden effekt.',
  ),
  clean('Barnet er udredt i BUP Skejby i 2023 med ADOS-2 og WISC-V. Der blev ikke stillet en diagnose.'),
  clean(
    'Forældrene ønsker sparring om Back2School. Skolen har tilbudt Kiddie-SADS via PPR, men det er ikke gennemført.',
  ),
  clean(
    'Mandag og torsdag har drengen svært ved at komme i skole. Mor oplyser, at han har ondt i maven om morgenen.',
  ),
  clean(
    'Trin 2: Familien har modtaget forældrekursus (De Utrolige År) i Aarhus Kommune. Vi ønsker sparring om næste skridt.',
  ),
  clean(
    'SDQ lærer: total 22, emotionelle symptomer 7, adfærd 5, hyperaktivitet 8, kammerater 2, prosocial 6.',
  ),
  clean('Hun er 12 år og har spist meget lidt siden juni. Vægten er faldet 4 kg. Egen læge er orienteret.'),
  clean(
    'Spørgsmål til BUP: Skal vi henvise til udredning for autisme, eller kan vi fortsætte indsatsen i trin 2?',
  ),
  clean(
    'Pigen har tics og tvangstanker. Hun har ventet på Kiddie-SADS siden marts. Tourettes syndrom er nævnt af egen læge.',
  ),
  clean(
    'Drengen har diagnosen infantil autisme (F84.0) og går i specialklasse. Forældrene oplever udadreagerende adfærd.',
  ),
  clean(
    'Vi har brugt Marte Meo i børnehaven og Tuning in to Kids i forældregruppen. Begge dele har hjulpet lidt.',
  ),
  clean('Screening: SCAS forælder 48, SCAS barn 52, MFQ 21. Pigen beskriver bekymringer om skole og venner.'),
  clean(
    'Han har været indlagt på Psykiatrisk Akutmodtagelse i Risskov efter en episode med selvskade i januar.',
  ),
  clean(
    'Drengen er 7 år. Sundhedsplejen har fulgt familien siden fødslen. Der er bekymring for tilknytningen til mor.',
  ),
  clean(
    'Pigen går i 8. klasse på en friskole i Silkeborg Kommune. Hun har haft 40 % fravær i dette skoleår.',
  ),
  clean(
    'WISC-V: VFI 85, VSI 92, RII 88, AHI 79, FHI 81. Samlet IK 82. Testen er gennemført af skolepsykolog i PPR.',
  ),
  clean(
    'Familien er kendt i Familieafdelingen. Der er iværksat § 50-undersøgelse. Vi ønsker supervision på egen rolle.',
  ),
  clean(
    'Konklusion: Der er tegn på angst og depression. Anbefaling fra PPR: henvisning til BUP via egen læge.',
  ),
  clean(
    'Barnet får Melatonin 3 mg for søvnproblemer. Forældrene spørger til Concerta, som er foreslået af Børne- og Ungdomspsykiatrien.',
  ),
  clean('Onsdag d. 12. marts 2027 kl. 9.00 holder vi netværksmøde med skole, PPR og sundhedsplejerske.'),
  clean(
    'Drengen har gennemført Chilled-forløb i foråret og ungdomsskolens PALS-program. Han trives bedre i SFO.',
  ),
  clean('Pigen har været på Barnahus i efteråret. Der er ikke indgivet underretning på ny.'),
  clean('Hun har ADD og ordblindhed. Skolen har søgt om støtte via VISO. Status: afventer svar.'),
  clean(
    'CBCL og TRF er udfyldt. Internaliserende skala i klinisk område, eksternaliserende i grænseområdet.',
  ),
  clean(
    'Drengen er 15 år og har ikke været i skole siden påskeferien. Han spiller Minecraft og Fortnite om natten.',
  ),
  clean('Forældrene er skilt. Drengen bor hos mor i hverdagen og hos far hver anden weekend.'),
  clean('Der er mistanke om OCD. Pigen vasker hænder mange gange om dagen. CY-BOCS er ikke udfyldt endnu.'),
  clean(
    'Søskende: en storesøster på 17 år og en lillebror på 4 år. Ingen kendte psykiatriske diagnoser i familien.',
  ),
  clean('Drengen bruger Ritalin og Intuniv. Egen læge ønsker sparring om dosering og bivirkninger.'),
  clean(
    'Han har gået til samtaler hos Headspace og Ventilen. Han fortæller, at han har det bedre end i januar.',
  ),
  clean('Tidligere forløb: Familiehuset 2022-2023, PMTO i 2024, Mind My Mind i foråret 2025.'),
  clean(
    'Pigen beskrives som stille i klassen. Klasselæreren oplever, at hun har svært ved at følge med i dansk og matematik.',
  ),
  clean('Vi ønsker undervisning i screening for spiseforstyrrelser (EDE-Q) til teamet i Randers Kommune.'),
  clean(
    'Barnet er 4 år og går i børnehave. Pædagogerne oplever forsinket sprog og få lege med jævnaldrende.',
  ),
  clean('Drengen er ofte i konflikt i frikvartererne. AKT-læreren har lavet en plan med faste voksne.'),
  clean('Skolen har lavet trivselsmåling i efteråret. Han scorer lavt på social trivsel og ro og orden.'),
  clean(
    'Hun fortæller om selvskade (cutting) siden sommerferien og tanker om døden. Akuttelefonen er kontaktet.',
  ),
  clean(
    'Mor beskriver drengen som glad og nysgerrig indtil skolestart. Far er enig, men oplever mere vrede derhjemme.',
  ),
  clean('Forløb hos PPR med fokus på angst. Kognitiv adfærdsterapi (KAT) i 8 sessioner. Effekt: moderat.'),
  clean('Drengen har epilepsi og er fulgt i Børneafdelingen på Regionshospitalet Herning.'),
  clean('Anamnese: normal graviditet og fødsel. Motorisk sen udvikling. Gik som 18 måneder gammel.'),
  clean('Pigen går til håndbold to gange om ugen og har en god veninde i klassen. Hun ønsker selv hjælp.'),
  clean('ADHD-RS: uopmærksomhed 21, hyperaktivitet/impulsivitet 18 (lærer). Conners 3 er ikke udfyldt.'),
  clean('I Viborg Kommune har vi et tilbud om forældrekurser. Vi overvejer Circle of Security.'),
  clean('Drengen har svært ved overgange. Han reagerer med gråd og vrede, når planer ændres.'),
  clean('Der ønskes supervision på egen rolle i samarbejdet med familien, som har mange sagsbehandlerskift.'),
  clean('Hun er 16 år, går på efterskole og har haft panikanfald. Efterskolen har fundet en kontaktlærer.'),
  clean(
    'Søvn: falder sent i søvn, vågner flere gange. Bruger telefonen til kl. 1. Weekendrytmen er forskudt.',
  ),
  clean('Drengen har et godt forhold til sin klasselærer og til pædagogen i SFO. Han har få venner.'),
  clean('Barnet er anbragt i plejefamilie siden 2021. Samvær med mor hver 14. dag under overvågning.'),
  clean('Pigen taler dansk og arabisk. Familien kom til Danmark i 2019. Der er brug for tolk til møder.'),
  clean('Vi har spørgsmål om Aspergers syndrom og om forskellen på ASF og ADHD hos piger.'),
  clean('Ved observation i klassen sad drengen uroligt og forlod klassen tre gange på 45 minutter.'),
  clean('Familien har deltaget i Familierådslagning. Netværket omkring barnet er styrket.'),
  clean('Trivsel i SFO er god. I klassen er der mange konflikter. Skolelederen har indkaldt til møde.'),
  clean('Der er iværksat et skoleskift til Ungdomsskolens heltidsundervisning fra august.'),
  clean('Pigen har autisme og angst. Hun spiser kun få fødevarer (ARFID?). Vægtkurven er flad.'),
  clean(
    'Tirsdag var drengen meget ked af det efter frikvarteret. Lærerne har aftalt daglig kontakt med hjemmet.',
  ),
  clean(
    'Status: Drengen har været i Cool Kids-gruppe og Back2School-forløb uden bedring. Vi beder om sparring.',
  ),
  clean('Ingen kendt somatisk sygdom. Hørelse og syn er undersøgt af egen læge i foråret.'),
  clean(
    'Mors oplevelse: drengen er urolig og har svært ved at sove. Fars oplevelse: det går bedre i weekenden.',
  ),
  clean('Hun har talt med skolens AKT-vejleder og med UU-vejlederen om valg af ungdomsuddannelse.'),
  clean('Det er aftalt med familien, at PPR deltager i mødet med BUP. Egen læge deltager ikke.'),
  clean('Hans mor ønsker, at vi drøfter medicin. Hans far er skeptisk over for ADHD-diagnosen.'),
  clean('Bo sammen med sin mor og to søskende. Per uge har han to dage med fravær.'),
  clean('Storm og uro i klassen gør det svært for ham at koncentrere sig.'),
  clean('Sol og lys hjælper på humøret, fortæller pigen. Om vinteren har hun det sværere.'),
  clean('Lærke er en fugl, han tegner tit. Han elsker dyr og natur.'),
  clean('Kristi Himmelfart og Store Bededag har han været hjemme. Efter Sankt Hans startede sommerferien.'),
  clean('Barnet har Downs syndrom og går i specialbørnehave. Forældrene ønsker råd om søvn.'),
  clean('Psykolog i PPR har vurderet, at pigen har behov for et længere forløb. Hun er på venteliste.'),
  clean('Drengen fortæller, at han bliver drillet på Snapchat og TikTok. Skolen har inddraget SSP.'),
  clean('Screening med SDQ er gentaget efter seks måneder: total faldet fra 24 til 17.'),
  clean('Hun har ondt i hovedet hver morgen og har været hos Lægevagten to gange i december.'),
  clean('Vi ønsker teaching om selvskade i Horsensklyngen, gerne i februar eller marts.'),
  clean('Pigens bedsteforældre hjælper meget. Mormor henter hende fra skole om torsdagen.'),
  clean('Kommunens familiebehandler har haft ugentlige samtaler med forældrene siden august.'),
  clean('Drengen har en ADOS-2 score over cut-off, men den kliniske vurdering er usikker.'),
  clean('Forældrene har gennemført PMTO. Mor oplever effekt, far mindre. Der er konflikter om regler.'),
  clean('I uge 42 var han på lejrskole. Han klarede sig godt, men var træt bagefter.'),
  clean(
    'Baggrund\nDrengen er 11 år.\nProblemstilling\nAngst og skolefravær.\nSpørgsmål\nHvilken indsats anbefales?',
  ),
  clean('- Angst\n- Søvnproblemer\n- Konflikter med søskende\n- Skolefravær 35 %'),
  clean('Hun har haft 3 episoder med besvimelse. Der er lavet EKG hos egen læge, som var normalt.'),
  clean('Han blev henvist til BUP i 2022, men blev afvist med besked om at fortsætte i kommunalt regi.'),
  clean('Efter mødet d. 3. februar blev det aftalt at afprøve skema og visuel støtte i klassen.'),
  clean('Barnet er 2 år og 6 måneder. Sundhedsplejersken har bemærket manglende øjenkontakt.'),
  clean('Drengen har svært ved at regulere sig. Han har fået en skærm og en kurv med sanseredskaber.'),
  clean('Familien har økonomiske problemer og bor trangt. Socialrådgiveren hjælper med boligsøgning.'),
  clean('August og september gik godt. I oktober steg fraværet igen, især om mandagen.'),
  clean('Vurdering 2: Drengen har behov for støtte i overgange. Forløb 3 starter i januar.'),
  clean('Socialrådgiver, Favrskov Kommune, og sagsbehandler, Nyborg Kommune, deltager i mødet.'),
  clean('Egen læge: Lægehuset ved Åen. Mor: Arbejder som pædagog. Far: Tømrer, ledig siden maj.'),
  clean('Han fik Ritalin Uno 20 mg og senere Elvanse. Vi bruger ideer fra Bo Hejlskov og Ross Greene.'),
  clean('Han spiller Minecraft og Roblox, ser YouTube og bruger iPad i timerne. Beskeder går via Aula.'),
  clean('Pigen går til spejder i KFUM og til svømning i Aarhus Svømmeklub.'),
  clean('MØDE MED BUP\nDELTAGERE: MOR, FAR, PPR\nFORMÅL: SPARRING OM ANGST'),
  clean('Drengen har haft fravær i 2025 (23 %) og i 2026 (31 %). Skoleåret 2025 2026 har været svært.'),
  clean('Forældremyndighed: fælles. Samvær: 7/7-ordning. Søskende: 2 halvsøskende.'),
  clean('Han ser op til sin morfar og sin onkel. Han savner sin farmor, som døde i 2024.'),
];

const FIRST_TEXTS_WITH_IDENTIFIERS: readonly LabelledText[] = [
  // CPR numbers in many writings
  withIds('Drengens CPR-nummer er 120316-1234.', ['cpr', '120316-1234']),
  withIds('Cpr: 1203161234', ['cpr', '1203161234']),
  withIds('CPR 12 03 16 1234 står på henvisningen.', ['cpr', '12 03 16 1234']),
  withIds('Personnummer 12.03.16-1235, mor 010185-1236.', ['cpr', '12.03.16-1235'], ['cpr', '010185-1236']),
  withIds('Barnet (290216-4321) er født i skudår.', ['cpr', '290216-4321']),
  withIds('Erstatnings-CPR 150643-0SJ1 blev oprettet på sygehuset.', ['cpr', '150643-0SJ1']),
  withIds('Nyt eCPR: 3101057JC9.', ['cpr', '3101057JC9']),
  withIds('Erstatningspersonnummer 670512-4123 (dag + 60).', ['cpr', '670512-4123']),
  withIds('cpr-nr. 010107-4000, som ikke opfylder modulus 11.', ['cpr', '010107-4000']),
  withIds('CPR 311299 - 5123 var i journalen.', ['cpr', '311299 - 5123']),
  // names
  withIds('Emil er 9 år og går i 3. klasse.', ['name', 'Emil']),
  withIds('Mor hedder Hanne og far hedder Torben.', ['name', 'Hanne'], ['name', 'Torben']),
  withIds('Hans mor hedder Pia.', ['name', 'Pia']),
  withIds('Pigen, Sofie Jensen, er 14 år.', ['name', 'Sofie Jensen']),
  withIds('Klasselæreren Mette Vestergaard har beskrevet adfærden.', ['name', 'Mette Vestergaard']),
  withIds('Sagsbehandler: Lotte Krogh, Aarhus Kommune.', ['name', 'Lotte Krogh']),
  withIds('Storm er 9 år og har ADHD.', ['name', 'Storm']),
  withIds('Han leger mest med Bo og Ask fra klassen.', ['name', 'Bo'], ['name', 'Ask']),
  withIds('Lillesøster Lærke er 4 år.', ['name', 'Lærke']),
  withIds('Familien Nguyen kom til Danmark i 2015.', ['name', 'Nguyen']),
  withIds('Drengen kaldes Mo af vennerne.', ['name', 'Mo']),
  withIds('Han hedder Xander og er 10 år.', ['name', 'Xander']),
  withIds('Pædagog Birgitte har fulgt ham siden børnehaven.', ['name', 'Birgitte']),
  withIds('Med venlig hilsen\nJonna Lind\nPPR-psykolog', ['name', 'Jonna Lind']),
  withIds('Fra: Kasper Holm Nielsen\nTil: BUP', ['name', 'Kasper Holm Nielsen']),
  withIds('Emils mor er bekymret for skolefraværet.', ['name', 'Emils']),
  withIds('Noahs far vil gerne deltage i mødet.', ['name', 'Noahs']),
  withIds('Anne-Marie Kjærgaard er pigens mormor.', ['name', 'Anne-Marie Kjærgaard']),
  withIds('Sagen er beskrevet af hr. Bech fra skolen.', ['name', 'Bech']),
  withIds('Drengen bor hos sin farmor, Ingrid.', ['name', 'Ingrid']),
  withIds('Socialrådgiveren (Malene Damgaard) deltager.', ['name', 'Malene Damgaard']),
  withIds(
    'Oliver og William går i samme klasse som Freja.',
    ['name', 'Oliver'],
    ['name', 'William'],
    ['name', 'Freja'],
  ),
  withIds('Mødet blev holdt med Jesper Mikkelsen fra PPR.', ['name', 'Jesper Mikkelsen']),
  withIds('Hun kalder sig Luna i skolen.', ['name', 'Luna']),
  withIds(
    'Lærer: Peter Rasmussen\nPsykolog: Hanne Østergaard',
    ['name', 'Peter Rasmussen'],
    ['name', 'Hanne Østergaard'],
  ),
  withIds('Pigens storebror Mohammed er 17 år.', ['name', 'Mohammed']),
  withIds('Navn: Ahmed Hassan', ['name', 'Ahmed Hassan']),
  withIds('Kære Susanne, tak for sidst.', ['name', 'Susanne']),
  // A school named after a person is an institution (issue 12).
  withIds(
    'H.C. Andersen Skolen ligger tæt på, siger Jonas.',
    ['institution', 'H.C. Andersen Skolen'],
    ['name', 'Jonas'],
  ),
  withIds('Sol er 6 år og går i 0. klasse.', ['name', 'Sol']),
  withIds('Bo bor hos mor og har ikke kontakt med far.', ['name', 'Bo']),
  withIds('Veninden Mille er en god støtte.', ['name', 'Mille']),
  withIds('Anton og hans lillebror Viggo leger godt.', ['name', 'Anton'], ['name', 'Viggo']),
  withIds('Drengen hedder frederik.', ['name', 'frederik']),
  withIds('Pigen er veninde med Maja Sørensen.', ['name', 'Maja Sørensen']),
  withIds('Far, Kim Hansen, arbejder som chauffør.', ['name', 'Kim Hansen']),
  withIds('Skolens psykolog Rikke Lauridsen har udfyldt BRIEF.', ['name', 'Rikke Lauridsen']),
  withIds('Udfyldt af Camilla Bruun, sundhedsplejerske.', ['name', 'Camilla Bruun']),
  withIds('Mvh. Troels', ['name', 'Troels']),
  withIds('Drengen, Villads, har autisme.', ['name', 'Villads']),
  withIds('Mødet med Peter Nyborg fra PPR.', ['name', 'Peter Nyborg']),
  withIds('Mor: Xuxu Qvist, 38 år.', ['name', 'Xuxu Qvist']),
  withIds('I går ringede Xanthes mor.', ['name', 'Xanthes']),
  // addresses
  withIds('Familien bor på Skovvej 12, 2. tv.', ['address', 'Skovvej 12, 2. tv']),
  withIds(
    'Adresse: Nørregade 4B, st. th, 8000 Aarhus C',
    ['address', 'Nørregade 4B, st. th'],
    ['postcode', '8000 Aarhus C'],
  ),
  withIds('Mor er flyttet til Gammel Kongevej 101, 1. sal.', ['address', 'Gammel Kongevej 101, 1. sal']),
  withIds('De bor i lejlighed på Peter Bangs Vej 30, 3. mf.', ['address', 'Peter Bangs Vej 30, 3. mf']),
  withIds('Far bor på Solbakken 7 i Skanderborg.', ['address', 'Solbakken 7']),
  withIds('Drengen bor på Birkealle 3A.', ['address', 'Birkealle 3A']),
  withIds('Mormor bor på H.C. Andersens Boulevard 14.', ['address', 'H.C. Andersens Boulevard 14']),
  withIds(
    'Adressen er Vestergade 22, 8600 Silkeborg.',
    ['address', 'Vestergade 22'],
    ['postcode', '8600 Silkeborg'],
  ),
  withIds('Han bor på Egevænget 5 med sin mor.', ['address', 'Egevænget 5']),
  withIds('bopæl: skovvej 14, 2 th', ['address', 'skovvej 14, 2 th']),
  withIds('Familien bor på Rosenhaven 9.', ['address', 'Rosenhaven 9']),
  withIds('Mor bor på Kirkestræde 2 B.', ['address', 'Kirkestræde 2 B']),
  withIds('Far er flyttet til Nørre Allé 45, st.', ['address', 'Nørre Allé 45, st']),
  withIds('Familien bor på Hasselvej.', ['address', 'Hasselvej']),
  withIds('Skolevej nr. 17 er familiens adresse.', ['address', 'Skolevej nr. 17']),
  // postcodes with town
  withIds('Familien bor i 8000 Aarhus C.', ['postcode', '8000 Aarhus C']),
  withIds('Flyttet til 7400 Herning i sommer.', ['postcode', '7400 Herning']),
  withIds('Mormor bor i 2800 Kgs. Lyngby.', ['postcode', '2800 Kgs. Lyngby']),
  withIds('Postadresse: 8260 Viby J', ['postcode', '8260 Viby J']),
  withIds('Far bor i DK-6700 Esbjerg.', ['postcode', 'DK-6700 Esbjerg']),
  withIds(
    'De er flyttet fra 9000 Aalborg til 5000 Odense C.',
    ['postcode', '9000 Aalborg'],
    ['postcode', '5000 Odense C'],
  ),
  withIds('Skolen ligger i 8900 Randers C.', ['postcode', '8900 Randers C']),
  withIds('Hun bor hos sin far i 4700 Næstved.', ['postcode', '4700 Næstved']),
  withIds('Familien bor i 7500 Holstebro.', ['postcode', '7500 Holstebro']),
  withIds('Mor bor i 2100 København Ø.', ['postcode', '2100 København Ø']),
  // phone numbers
  withIds('Mor kan kontaktes på 12345678.', ['phone', '12345678']),
  withIds('Tlf. 12 34 56 78', ['phone', '12 34 56 78']),
  withIds('Ring til far på 2345 6789.', ['phone', '2345 6789']),
  withIds('Mobil: +45 23 45 67 89', ['phone', '+45 23 45 67 89']),
  withIds('Fars nummer er 0045 87654321.', ['phone', '0045 87654321']),
  withIds('Kontakt: +4561234567', ['phone', '+4561234567']),
  withIds('Skolens kontor (+45) 86.12.34.56', ['phone', '(+45) 86.12.34.56']),
  withIds('Tlf 40-50-60-70 (mor).', ['phone', '40-50-60-70']),
  // e-mail addresses
  withIds('Mail: hanne.jensen@gmail.com', ['email', 'hanne.jensen@gmail.com']),
  withIds('Skriv til far på peter_h@hotmail.dk.', ['email', 'peter_h@hotmail.dk']),
  withIds('Kontakt mor på mor.til.emil (at) outlook.com', ['email', 'mor.til.emil (at) outlook.com']),
  withIds('Lærerens mail er LOTTE.KROGH@aarhus.dk', ['email', 'LOTTE.KROGH@aarhus.dk']),
  // birth dates
  withIds('Drengen er født 12.03.2016.', ['birthdate', '12.03.2016']),
  withIds('Født d. 3/4-2017 på Skejby.', ['birthdate', '3/4-2017']),
  withIds('Pigen (f. 14. februar 2012) går i 7. klasse.', ['birthdate', '14. februar 2012']),
  withIds('Fødselsdato: 2018-09-30', ['birthdate', '2018-09-30']),
  withIds('Barnet er født den 1. maj 2019 og er nu 7 år.', ['birthdate', '1. maj 2019']),
  withIds('Mor (født 05.11.1985) er uddannet sygeplejerske.', ['birthdate', '05.11.1985']),
  withIds('Fødselsdag: 7-8-15', ['birthdate', '7-8-15']),
  withIds('Drengen, 12.03.2016 (9 år), går i 3. klasse.', ['birthdate', '12.03.2016']),
  withIds('f. 240917', ['birthdate', '240917']),
  // other (case numbers)
  withIds('Sagsnr. 27.12.04-G01-123-24 i Familieafdelingen.', ['case_number', '27.12.04-G01-123-24']),
  withIds('Journalnummer: 2024-58812', ['case_number', '2024-58812']),
  // several kinds in one text
  withIds(
    'Emma Nielsen (120316-4568) bor med mor på Åvej 3, 8200 Aarhus N. Mor: 22 33 44 55, emma.mor@live.dk.',
    ['name', 'Emma Nielsen'],
    ['cpr', '120316-4568'],
    ['address', 'Åvej 3'],
    ['postcode', '8200 Aarhus N'],
    ['phone', '22 33 44 55'],
    ['email', 'emma.mor@live.dk'],
  ),
  withIds(
    'Drengen, Lucas, født 01.02.2015, bor hos far Michael i 8700 Horsens. Klasselærer Jette har beskrevet uro.',
    ['name', 'Lucas'],
    ['birthdate', '01.02.2015'],
    ['name', 'Michael'],
    ['postcode', '8700 Horsens'],
    ['name', 'Jette'],
  ),
];

export const CLEAN_TEXTS: readonly LabelledText[] = [...FIRST_CLEAN_TEXTS, ...CLEAN_TRAPS];
export const TEXTS_WITH_IDENTIFIERS: readonly LabelledText[] = [
  ...FIRST_TEXTS_WITH_IDENTIFIERS,
  ...IDENTIFIERS_AS_WRITTEN,
];
export const LABELLED_SET: readonly LabelledText[] = [...CLEAN_TEXTS, ...TEXTS_WITH_IDENTIFIERS];
