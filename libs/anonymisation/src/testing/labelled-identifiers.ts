import { grouped, LabelledText } from './labelled-text';

/*
 * Texts with identifiers written the way people really write them (issue 12), written for this project
 * by the team: hurried notes by PPR psychologists, social workers and teachers, and deliberate attempts to
 * slip an identifier past the check. Grouped by the categories.
 */

const cprWriting = grouped('cpr-writing');
const CPR_WRITINGS: LabelledText[] = [
  cprWriting('Henvisningen er udfyldt med cpr 011117-\n6027 på første side.', ['cpr', '011117-\n6027']),
  cprWriting('CPR: 2105 12 - 3318 (fra sundhedsplejen)', ['cpr', '2105 12 - 3318']),
  cprWriting('Personnummer 14.09.16.4412 står i skolens papirer.', ['cpr', '14.09.16.4412']),
  cprWriting('Drengens cpr er 030415_2281, står der i mailen fra mor.', ['cpr', '030415_2281']),
  cprWriting('Pigen (cpr. 18_11_14_2906) er henvist af egen læge.', ['cpr', '18_11_14_2906']),
  cprWriting('Barnets nr: (2702134417) – vi har fået det fra skolen.', ['cpr', '2702134417']),
  cprWriting('Indberetning vedr. ０９０３１５－２２４８ er modtaget.', ['cpr', '０９０３１５－２２４８']),
  cprWriting('Mor har skrevet cpr ١٢٠٦١٤-٣٣٨٥ i formularen.', ['cpr', '١٢٠٦١٤-٣٣٨٥']),
  cprWriting('CPR 2310\u200b16-40\u200b12 er kopieret fra journalen.', ['cpr', '2310\u200b16-40\u200b12']),
  cprWriting('Cpr-nummer: 05\u00ad07\u00ad13\u00ad-\u00ad1934.', [
    'cpr',
    '05\u00ad07\u00ad13\u00ad-\u00ad1934',
  ]),
  cprWriting('Hun er registreret som 1 1 0 8 1 5 - 3 6 2 4 i systemet.', ['cpr', '1 1 0 8 1 5 - 3 6 2 4']),
  cprWriting('Fra sundhedsplejen:\n3006\n14-2290\nvedr. søvn.', ['cpr', '3006\n14-2290']),
  cprWriting('Barnet, 160912 (4371), har haft mange skift.', ['cpr', '160912 (4371)']),
  cprWriting('Cpr 071016 4455 skal ikke stå i mailen, men nu gør det.', ['cpr', '071016 4455']),
  cprWriting('Vi har noteret 291113/3017 som barnets nummer.', ['cpr', '291113/3017']),
  cprWriting('Fødsels- og personnummer: 24-04-12-1867.', ['cpr', '24-04-12-1867']),
];

const maskedCpr = grouped('half-masked-cpr');
const HALF_MASKED_CPR: LabelledText[] = [
  maskedCpr('Pigens cpr er 190613-xxxx, resten har vi ikke.', ['birthdate', '190613-xxxx']),
  maskedCpr('Cpr: 020914-****', ['birthdate', '020914-****']),
  maskedCpr('Drengen (cpr 271015-XXXX) går i børnehaveklasse.', ['birthdate', '271015-XXXX']),
  maskedCpr('Barnets personnummer 081212xxxx er udeladt i kopien.', ['birthdate', '081212xxxx']),
  maskedCpr('Vi skriver kun 31.01.13-xxxx af hensyn til anonymiteten.', ['birthdate', '31.01.13-xxxx']),
  maskedCpr('CPR 150516 - ####', ['birthdate', '150516 - ####']),
  maskedCpr('Lillebror har cpr 040719-____ i skemaet.', ['birthdate', '040719-____']),
  maskedCpr('Henvist med cpr 221111-xxxx fra egen læge.', ['birthdate', '221111-xxxx']),
  maskedCpr('Søsteren (cpr 100610-XXXX) er også kendt i PPR.', ['birthdate', '100610-XXXX']),
  maskedCpr('Identifikation: 0 cpr, kun 230315-**** som reference.', ['birthdate', '230315-****']),
];

const foreignName = grouped('foreign-name');
const FOREIGN_NAMES: LabelledText[] = [
  foreignName('Simran Kaur er 12 år og har haft ondt i maven hver morgen siden jul.', [
    'name',
    'Simran Kaur',
  ]),
  foreignName('Dawit Tesfaye går i 5. klasse og har svært ved at sidde stille.', ['name', 'Dawit Tesfaye']),
  foreignName('Pigen hedder Thi Linh Tran og er kommet til Danmark for to år siden.', [
    'name',
    'Thi Linh Tran',
  ]),
  foreignName('Vi har talt med Abdirahman Warsame om hans søns fravær.', ['name', 'Abdirahman Warsame']),
  foreignName('Klassekammeraten Oluwaseun Adeyemi har også været med i konflikten.', [
    'name',
    'Oluwaseun Adeyemi',
  ]),
  foreignName('Mor, Gulalai Rahimi, ønsker tolk til mødet.', ['name', 'Gulalai Rahimi']),
  foreignName('Drengen bor hos sin moster Nguyen Thi Hoa, når mor er indlagt.', ['name', 'Nguyen Thi Hoa']),
  foreignName('I frikvarteret leger hun kun med Zeynep Yıldırım fra parallelklassen.', [
    'name',
    'Zeynep Yıldırım',
  ]),
  foreignName('Far (Rustam Nazarov) har ikke deltaget i de seneste møder.', ['name', 'Rustam Nazarov']),
  foreignName('Anjali Raghunathan er bekymret for sin datters søvn.', ['name', 'Anjali Raghunathan']),
  foreignName('Eleven Kwabena Owusu-Ansah har fået ny støttelærer.', ['name', 'Kwabena Owusu-Ansah']),
  foreignName('Storebror Mateusz Wiśniewski har selv haft et forløb i BUP.', ['name', 'Mateusz Wiśniewski']),
  foreignName('Han har en tæt ven, Hamza Qureshi, som han spiller fodbold med.', ['name', 'Hamza Qureshi']),
  foreignName('Det var Sahra Abdullahi, der fandt ham i skolegården.', ['name', 'Sahra Abdullahi']),
  foreignName('Pædagogen har talt med Bilal Haddad og hans mor.', ['name', 'Bilal Haddad']),
  foreignName('Yasmin El-Amrani er 15 år og har selvskadet siden sommer.', ['name', 'Yasmin El-Amrani']),
];

const nameCase = grouped('name-case');
const NAME_CASES: LabelledText[] = [
  nameCase('vi har haft møde med tina og hendes far om fraværet.', ['name', 'tina']),
  nameCase('ANTON har svært ved overgange og græder ofte om morgenen.', ['name', 'ANTON']),
  nameCase('kort notat: sofie sover dårligt, mor er bekymret.', ['name', 'sofie']),
  nameCase('MOR OG FREDERIK KOMMER TIL MØDET PÅ TORSDAG.', ['name', 'FREDERIK']),
  nameCase('drengen (mathias) har slået en klassekammerat.', ['name', 'mathias']),
  nameCase('Vi ser en pige, der trækker sig. clara siger selv, at hun er træt af skolen.', ['name', 'clara']),
  nameCase('Bekymring fra skolen: MALTHE er blevet mere indadvendt efter efterårsferien.', [
    'name',
    'MALTHE',
  ]),
  nameCase('lærer hanne oplever at han har svært ved at koncentrere sig', ['name', 'hanne']),
  nameCase('NOTAT VEDR. IDA, 9 ÅR', ['name', 'IDA']),
  nameCase('Forældrene til oliver ønsker en udredning.', ['name', 'oliver']),
  nameCase('ELLA OG HENDES BROR HAR BEGGE HAFT FRAVÆR.', ['name', 'ELLA']),
  nameCase('har talt med victoria i dag, hun vil gerne snakke igen.', ['name', 'victoria']),
];

const nickname = grouped('nickname');
const NICKNAMES: LabelledText[] = [
  nickname('Han leger mest med Mikke og Tobse i frikvarteret.', ['name', 'Mikke'], ['name', 'Tobse']),
  nickname('Lille-Emil er bange for at sove alene.', ['name', 'Lille-Emil']),
  nickname('Hjemme kalder de ham Mo, og det vil han også kaldes i skolen.', ['name', 'Mo']),
  nickname('Pigen bliver kaldt Sille af alle i klassen.', ['name', 'Sille']),
  nickname('Efter frikvarteret sad Bastse og græd i garderoben.', ['name', 'Bastse']),
  nickname('Storebror Mads-Mikkel er flyttet hjemmefra.', ['name', 'Mads-Mikkel']),
  nickname('Hun siger, at Fie er hendes bedste veninde.', ['name', 'Fie']),
  nickname('Mor fortæller, at Jonse ikke vil i bad.', ['name', 'Jonse']),
  nickname('Han og Kalle har lavet en hemmelig klub.', ['name', 'Kalle']),
  nickname(
    'Lærerne kalder ham Store-Mads, fordi der er to Mads i klassen.',
    ['name', 'Store-Mads'],
    ['name', 'Mads'],
  ),
  nickname(
    'Efter skole går han hjem til Nikolaj, som han kalder Nikse.',
    ['name', 'Nikolaj'],
    ['name', 'Nikse'],
  ),
  nickname('Mormor passer Lulu, når mor arbejder.', ['name', 'Lulu']),
  nickname('Til morgensamlingen ville Vic ikke sidde ved siden af nogen.', ['name', 'Vic']),
  nickname('Far siger, at Totte har været sådan siden fødslen.', ['name', 'Totte']),
];

const wordName = grouped('word-name');
const WORD_NAMES: LabelledText[] = [
  wordName('Lykke er 8 år og har svært ved at falde i søvn.', ['name', 'Lykke']),
  wordName('Han vil helst lege med Sol og hendes lillebror.', ['name', 'Sol']),
  wordName('Mark har slået en pædagog og er sendt hjem.', ['name', 'Mark']),
  wordName('I klassen sidder hun ved siden af Ask, som hun er bange for.', ['name', 'Ask']),
  wordName('Efter jul har Storm haft mere fravær end før.', ['name', 'Storm']),
  wordName('Mor siger, at Lykke græder hver aften.', ['name', 'Lykke']),
  wordName('Sol har det svært, når der er vikar.', ['name', 'Sol']),
  wordName('Hun og Mark er tvillinger og går i samme klasse.', ['name', 'Mark']),
  wordName('Lillebror Bjørk er 3 år.', ['name', 'Bjørk']),
  wordName('Vi har observeret, at Ask trækker sig fra legen.', ['name', 'Ask']),
  wordName('Far og Viggo er flyttet sammen i en lejlighed.', ['name', 'Viggo']),
  wordName('Pigen, Lærke, har haft en svær start i 0. klasse.', ['name', 'Lærke']),
  wordName('Drengen har en tæt ven, Bo, fra fodbold.', ['name', 'Bo']),
  wordName(
    'Mark og Lykke er kærester og har brudt kontakten til deres venner.',
    ['name', 'Mark'],
    ['name', 'Lykke'],
  ),
];

const institution = grouped('institution');
const INSTITUTIONS: LabelledText[] = [
  institution('Han går i 4.B på Skåde Skole og har mange konflikter.', ['institution', 'Skåde Skole']),
  institution('Pigen går på Langagerskolen i 6. klasse.', ['institution', 'Langagerskolen']),
  institution('Hun har gået i børnehaven Mælkebøtten, hvor personalet var bekymrede.', [
    'institution',
    'børnehaven Mælkebøtten',
  ]),
  institution('Han skal starte på Frijsenborg Efterskole efter sommerferien.', [
    'institution',
    'Frijsenborg Efterskole',
  ]),
  institution('Drengen går i SFO Solsikken om eftermiddagen.', ['institution', 'SFO Solsikken']),
  institution('Familien kommer i Sabro Kirke, og præsten har også udtrykt bekymring.', [
    'institution',
    'Sabro Kirke',
  ]),
  institution('Mor arbejder hos Grundfos og har skiftende vagter.', ['institution', 'Grundfos']),
  institution('Far er ansat i Netto og har fri om formiddagen.', ['institution', 'Netto']),
  institution('Hun spiller håndbold i Brabrand IF tre gange om ugen.', ['institution', 'Brabrand IF']),
  institution('Pigen er elev på Rosenholm Friskole.', ['institution', 'Rosenholm Friskole']),
  institution('Han går på Bakkeskolen og er i 2. klasse.', ['institution', 'Bakkeskolen']),
  institution('Hun går i klubben Kælderen hver tirsdag.', ['institution', 'klubben Kælderen']),
  institution('Lillesøster går i vuggestuen Myretuen.', ['institution', 'vuggestuen Myretuen']),
  institution('Han er anbragt på opholdsstedet Birkely siden marts.', [
    'institution',
    'opholdsstedet Birkely',
  ]),
  institution('Klasselæreren fra Ellehøjskolen har udfyldt SDQ.', ['institution', 'Ellehøjskolen']),
  institution('Far arbejder på Danish Crown i Horsens.', ['institution', 'Danish Crown']),
  institution('Hun har været i praktik hos Lego i 9. klasse.', ['institution', 'Lego']),
  institution('Skolen hedder Sønderskov-skolen, og den ligger tæt på hjemmet.', [
    'institution',
    'Sønderskov-skolen',
  ]),
  institution('Han går til spejder i Gjern Spejdergruppe.', ['institution', 'Gjern Spejdergruppe']),
  institution(
    'Drengen flyttede fra Tranbjerg Skole til Kragelundskolen i 3. klasse.',
    ['institution', 'Tranbjerg Skole'],
    ['institution', 'Kragelundskolen'],
  ),
  institution('Lillebror går i Børnehuset Regnbuen.', ['institution', 'Børnehuset Regnbuen']),
  institution('Mor arbejder som sygeplejerske på Aarhus Universitetshospital og far hos Arla.', [
    'institution',
    'Arla',
  ]),
];

const place = grouped('place');
const PLACES: LabelledText[] = [
  place('Familien bor i Sabro og har ikke bil.', ['place', 'Sabro']),
  place('De er flyttet til Tunø efter skilsmissen.', ['place', 'Tunø']),
  place('Drengen er vokset op på Endelave, hvor der kun var fire børn i klassen.', ['place', 'Endelave']),
  place('Mor bor nu i Hinnerup, far i Aarhus.', ['place', 'Hinnerup']),
  place('Pigen bor hos sin far i Lystrup hver anden weekend.', ['place', 'Lystrup']),
  place('Familien kommer fra Trige og har boet der i mange år.', ['place', 'Trige']),
  place('De har sommerhus på Anholt, hvor han er hele sommerferien.', ['place', 'Anholt']),
  place('Han tager bussen fra Gjern hver morgen.', ['place', 'Gjern']),
  place('Mormor bor i Store Heddinge og passer ham ofte.', ['place', 'Store Heddinge']),
  place('Efter branden blev familien genhuset i Harlev.', ['place', 'Harlev']),
  place('De flyttede ud til Fejø for at få ro.', ['place', 'Fejø']),
  place('Pigen bor med sin mor i Ry.', ['place', 'Ry']),
  place('Far er flyttet til Sejerø og har ikke kontakt.', ['place', 'Sejerø']),
  place('Han er født og opvokset i Tørring.', ['place', 'Tørring']),
  place('Familien bor på en gård uden for Hammel.', ['place', 'Hammel']),
  place('Vi mødtes hjemme hos familien i Galten.', ['place', 'Galten']),
];

const obfuscatedEmail = grouped('obfuscated-email');
const OBFUSCATED_EMAILS: LabelledText[] = [
  obfuscatedEmail('Mor kan kontaktes på mor [at] gmail dot com.', ['email', 'mor [at] gmail dot com']),
  obfuscatedEmail('Skriv til lise snabel-a hotmail punktum dk, hvis I har spørgsmål.', [
    'email',
    'lise snabel-a hotmail punktum dk',
  ]),
  obfuscatedEmail('Fars mail: HENRIK AT MAIL DOT DK', ['email', 'HENRIK AT MAIL DOT DK']),
  obfuscatedEmail('Send referatet til far @ gmail . com', ['email', 'far @ gmail . com']),
  obfuscatedEmail('Hun skriver fra sofie2011 (at) outlook (dot) dk', [
    'email',
    'sofie2011 (at) outlook (dot) dk',
  ]),
  obfuscatedEmail('Kontakt: jens.p [snabel-a] live [punktum] dk', [
    'email',
    'jens.p [snabel-a] live [punktum] dk',
  ]),
  obfuscatedEmail('Mors private mail er karinbh at yahoo dot com.', ['email', 'karinbh at yahoo dot com']),
  obfuscatedEmail('Skolens kontaktperson: lærer.anne snabel-a skolekom punktum dk', [
    'email',
    'lærer.anne snabel-a skolekom punktum dk',
  ]),
  obfuscatedEmail('E-mail: mette_h (at) mail.dk', ['email', 'mette_h (at) mail.dk']),
  obfuscatedEmail('Far vil have kopi på torben [at] jubii [dot] dk.', [
    'email',
    'torben [at] jubii [dot] dk',
  ]),
  obfuscatedEmail('Hendes mail er emma.k AT gmail DOT com, skriver hun.', [
    'email',
    'emma.k AT gmail DOT com',
  ]),
  obfuscatedEmail('Mormor: inge.l@ hotmail.com', ['email', 'inge.l@ hotmail.com']),
];

const handle = grouped('handle');
const HANDLES: LabelledText[] = [
  handle('Hun har lagt billeder op som @sofie_2011 på Instagram.', ['handle', '@sofie_2011']),
  handle('Hans snap er emil_2013, og der skriver han med ældre drenge.', ['handle', 'emil_2013']),
  handle('Profilen instagram.com/liva.dans er offentlig.', ['handle', 'instagram.com/liva.dans']),
  handle('Se https://www.tiktok.com/@malthe.m10 hvor videoerne ligger.', [
    'handle',
    'https://www.tiktok.com/@malthe.m10',
  ]),
  handle('Brugernavnet på Roblox er SuperEmil2013.', ['handle', 'SuperEmil2013']),
  handle('Han spiller Fortnite som xX_noah_Xx om natten.', ['handle', 'xX_noah_Xx']),
  handle('Mor har fundet hendes profil facebook.com/ida.m.jensen.77.', [
    'handle',
    'facebook.com/ida.m.jensen.77',
  ]),
  handle('Discord: lucas#4417', ['handle', 'lucas#4417']),
  handle('På TikTok hedder hun @ellaxoxo.', ['handle', '@ellaxoxo']),
  handle('Gamertag: MadsGamer08', ['handle', 'MadsGamer08']),
  handle('Drengen er blevet kontaktet af @darkwolf99 på Snapchat.', ['handle', '@darkwolf99']),
  handle('Hun har en YouTube-kanal: youtube.com/@freja.tegner', ['handle', 'youtube.com/@freja.tegner']),
];

const uniLogin = grouped('uni-login');
const UNI_LOGINS: LabelledText[] = [
  uniLogin('Hans UNI-login er emil4521, og læreren har set loggen.', ['handle', 'emil4521']),
  uniLogin('UNI-login: sofi2847', ['handle', 'sofi2847']),
  uniLogin('Pigens unilogin (anna1203) er brugt af en anden elev.', ['handle', 'anna1203']),
  uniLogin('Log ind med uni login mads7734 for at se opgaverne.', ['handle', 'mads7734']),
  uniLogin('Skolen har spærret UNI-login-id jona5592.', ['handle', 'jona5592']),
  uniLogin('Unilogin brugernavn: idah3310', ['handle', 'idah3310']),
  uniLogin('Hans unilogin er noah.k12, siger IT.', ['handle', 'noah.k12']),
  uniLogin('UNI-login "freja0917" har været logget på om natten.', ['handle', 'freja0917']),
  uniLogin('Mor har givet os UNI-login ella2214 til Meebook.', ['handle', 'ella2214']),
  uniLogin('Uni-login = karl1105', ['handle', 'karl1105']),
];

const plate = grouped('plate');
const PLATES: LabelledText[] = [
  plate('Far kører en grå Skoda med nummerpladen AB 12 345.', ['plate', 'AB 12 345']),
  plate('Bilen (CX 44 918) holder ofte uden for skolen.', ['plate', 'CX 44 918']),
  plate('Naboen har noteret reg.nr. DK12345.', ['plate', 'DK12345']),
  plate('Mors bil har nummerplade BP 71 203.', ['plate', 'BP 71 203']),
  plate('Politiet har stoppet bilen AZ 90 117 to gange.', ['plate', 'AZ 90 117']),
  plate('Stedfars varevogn, EK-33-541, er set ved skolen.', ['plate', 'EK-33-541']),
  plate('Registreringsnummer: RT 55 802', ['plate', 'RT 55 802']),
  plate('Hun kommer hjem i en rød bil med pladen XY 20 019.', ['plate', 'XY 20 019']),
  plate('Farfar henter ham i bilen med nummerpladen LILLEMOR.', ['plate', 'LILLEMOR']),
  plate('Skolen har noteret AM 63 480 som den bil, der henter ham.', ['plate', 'AM 63 480']),
];

const birthPhrase = grouped('birth-phrase');
const BIRTH_PHRASES: LabelledText[] = [
  birthPhrase('Drengen er født juleaftensdag 2013 og er den yngste i klassen.', [
    'birthdate',
    'juleaftensdag 2013',
  ]),
  birthPhrase('Hun fylder 11 år den 4. april og ønsker sig en fest.', ['birthdate', '4. april']),
  birthPhrase('Han er født nytårsaften 2014.', ['birthdate', 'nytårsaften 2014']),
  birthPhrase('Pigen har fødselsdag d. 17/9 og vil ikke holde fest.', ['birthdate', '17/9']),
  birthPhrase('Han blev 10 år den 3. marts.', ['birthdate', '3. marts']),
  birthPhrase('Hun er født den 2. juledag 2012.', ['birthdate', '2. juledag 2012']),
  birthPhrase('Født grundlovsdag 2015, så han er altid til fest.', ['birthdate', 'grundlovsdag 2015']),
  birthPhrase('Drengen fyldte 9 år d. 12. oktober.', ['birthdate', '12. oktober']),
  birthPhrase('Hun er født 23. maj og har altid fødselsdag i pinsen.', ['birthdate', '23. maj']),
  birthPhrase('Han er født sankthansaften 2011.', ['birthdate', 'sankthansaften 2011']),
  birthPhrase('Pigen bliver 13 år den 28. februar.', ['birthdate', '28. februar']),
  birthPhrase('Født 1. maj 2016 på Skejby.', ['birthdate', '1. maj 2016']),
  birthPhrase('Han har fødselsdag den 14. juli, midt i sommerferien.', ['birthdate', '14. juli']),
  birthPhrase('Lillebror er født skærtorsdag 2019.', ['birthdate', 'skærtorsdag 2019']),
];

const caseNumber = grouped('case-number');
const CASE_NUMBERS: LabelledText[] = [
  caseNumber('Sagen ligger under 27.24.00-A00-12-23 i kommunen.', ['case_number', '27.24.00-A00-12-23']),
  caseNumber('Underretningen er registreret som BFU-2024-17781.', ['case_number', 'BFU-2024-17781']),
  caseNumber('Sagsnr. 2023-004512 – bedes angivet ved henvendelse.', ['case_number', '2023-004512']),
  caseNumber('Jf. journalnr. 88/2231 fra BUP.', ['case_number', '88/2231']),
  caseNumber('Vores sags-id er SOC-2025-00391.', ['case_number', 'SOC-2025-00391']),
  caseNumber('Henvisningen har ref.nr. 45123-B.', ['case_number', '45123-B']),
  caseNumber('Ifølge akt-id 7781234 er der givet afslag.', ['case_number', '7781234']),
  caseNumber('Notatet hører til 27.12.04-G01-4-24.', ['case_number', '27.12.04-G01-4-24']),
  caseNumber('PPR-sag PPR-2022-3345 blev lukket i juni.', ['case_number', 'PPR-2022-3345']),
  caseNumber('J.nr. 2024/1187 (Familieafdelingen)', ['case_number', '2024/1187']),
  caseNumber('Dok.nr. 12398-23 er vedhæftet.', ['case_number', '12398-23']),
  caseNumber('Sagsnummer: 29.09.08-P20-1-22', ['case_number', '29.09.08-P20-1-22']),
  caseNumber('Den tidligere sag BBR-2021-88213 er afsluttet.', ['case_number', 'BBR-2021-88213']),
];

// Texts that mix categories, as a whole case description does.
const mixed = grouped('mixed');
const MIXED: LabelledText[] = [
  mixed(
    'Lykke (190613-xxxx) går på Skåde Skole og bor med mor i Sabro. Mors mail: mor [at] gmail dot com.',
    ['name', 'Lykke'],
    ['birthdate', '190613-xxxx'],
    ['institution', 'Skåde Skole'],
    ['place', 'Sabro'],
    ['email', 'mor [at] gmail dot com'],
  ),
  mixed(
    'Sagsnr. BFU-2024-17781. Dawit Tesfaye er født juleaftensdag 2013 og går i SFO Solsikken.',
    ['case_number', 'BFU-2024-17781'],
    ['name', 'Dawit Tesfaye'],
    ['birthdate', 'juleaftensdag 2013'],
    ['institution', 'SFO Solsikken'],
  ),
  mixed(
    'Tobse har UNI-login tobi2231 og bliver hentet i bilen AB 12 345 af stedfar.',
    ['name', 'Tobse'],
    ['handle', 'tobi2231'],
    ['plate', 'AB 12 345'],
  ),
  mixed(
    'Familien er flyttet til Endelave. cpr 011117-\n6027. Far arbejder hos Vestas.',
    ['place', 'Endelave'],
    ['cpr', '011117-\n6027'],
    ['institution', 'Vestas'],
  ),
  mixed(
    'Simran Kaur, 12 år, går på Langagerskolen og skriver som @simmi.k på Instagram.',
    ['name', 'Simran Kaur'],
    ['institution', 'Langagerskolen'],
    ['handle', '@simmi.k'],
  ),
  mixed(
    'Mikke fylder 7 år den 9. november. Han bor hos far i Hinnerup.',
    ['name', 'Mikke'],
    ['birthdate', '9. november'],
    ['place', 'Hinnerup'],
  ),
];

// Phone numbers written out or spread over a line break.
const phone = grouped('mixed');
const PHONES: LabelledText[] = [
  phone('Mor kan træffes på tlf. 28 91 44 03 efter kl. 15.', ['phone', '28 91 44 03']),
  phone('Ring gerne til far: +45 61\n72 38 90', ['phone', '+45 61\n72 38 90']),
  phone('Skolens kontor har nummer 8612 3344, men spørg efter klasselæreren.', ['phone', '8612 3344']),
  phone('Mormors mobil: ２２ ３３ ４４ ５６', ['phone', '２２ ３３ ４４ ５６']),
];

export const IDENTIFIERS_AS_WRITTEN: readonly LabelledText[] = [
  ...CPR_WRITINGS,
  ...HALF_MASKED_CPR,
  ...FOREIGN_NAMES,
  ...NAME_CASES,
  ...NICKNAMES,
  ...WORD_NAMES,
  ...INSTITUTIONS,
  ...PLACES,
  ...OBFUSCATED_EMAILS,
  ...HANDLES,
  ...UNI_LOGINS,
  ...PLATES,
  ...BIRTH_PHRASES,
  ...CASE_NUMBERS,
  ...MIXED,
  ...PHONES,
];
