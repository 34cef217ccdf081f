// Danish surnames, written for this project from general knowledge (not copied from any register).
// Patronymic names in -sen are also recognised by rule from the first-name list (names.ts), so this
// list concentrates on the common ones plus the place, farm, trade and nature names that the rule
// cannot derive, and surnames common among Danes of other origins. "#" starts a comment.
export const SURNAMES = `
# Patronymic names in -sen, -søn and -datter
Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen
Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen
Jacobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Schmidt Eriksen Holm Kristiansen
Clausen Simonsen Svendsen Andreasen Iversen Jeppesen Mogensen Jespersen Nissen Lauridsen Frandsen
Østergaard Jepsen Kjær Carlsen Vestergaard Jessen Nørgaard Dahl Christoffersen Skov Søndergaard
Bertelsen Bruun Lassen Bach Gregersen Friis Johnsen Steffensen Kjeldsen Bech Krogh Lauritsen
Danielsen Mathiesen Andresen Brandt Winther Toft Ravn Mathiasen Dam Holst Nilsson Lind Berg
Schou Overgaard Kristoffersen Schultz Klausen Karlsen Paulsen Hermansen Thorsen Koch Thygesen
Bak Kruse Bang Juhl Davidsen Berthelsen Nygaard Lorentzen Villadsen Lorenzen Damgaard Bjerre
Mørch Nikolajsen Michelsen Ebbesen Lange Høj Kofoed Nordahl Vinther Hedegaard Ibsen Mølgaard
Bisgaard Riis Kirkegaard Albertsen Hjorth Buch Markussen Markussen Marcussen Abildgaard Ahmed Ali
Thomassen Hemmingsen Hviid Wulff Sommer Svensson Andersson Johansson Karlsson Nielson Larsson
Olsson Persson Eriksson Jonsson Gustafsson Pettersson Hansson Magnusson Svendsson
Abrahamsen Adamsen Albrechtsen Alexandersen Antonsen Arnesen Augustinussen Axelsen Bendtsen
Bendixen Bentsen Benediktsen Bertramsen Bjarnesen Bonnesen Borresen Brodersen Bundesen Børgesen
Carstensen Christophersen Claesson Clemmensen Cornelius Didriksen Ditlevsen Dreyer Ejlersen
Eliasen Elmersen Emilsen Enevoldsen Engelbrechtsen Esbensen Eskildsen Evaldsen Fabricius Feddersen
Fogtmann Frantsen Frantzen Fredsgaard Fuglsang Geertsen Gertsen Gormsen Gottfredsen Greisen
Gundersen Gunnarsen Haagensen Hagensen Hallesen Halvorsen Hartvigsen Helmersen Helstrup Hendriksen
Henningsen Hjalmarsen Holgersen Hovgaard Ingvardsen Ingemannsen Isaksen Jacobson Jakobson Jannerup
Jensby Jochumsen Jonassen Jonsen Jonasen Josefsen Juelsgaard Justesen Jørgensen Jørgensson
Kaspersen Kasperson Kirkeby Kjærgaard Klemmensen Knudsgaard Kragelund Krogsgaard Larsson Lassesen
Laugesen Laustsen Leonhardt Lindegaard Lukassen Lydiksen Løvstad Magnussen Marinussen Martinsen
Matthiesen Mathisen Mauritzen Mikkelsen Monsen Mortensson Munksgaard Nicolaisen Nicolajsen Nikolaisen
Nicolaysen Niklassen Nygård Oddershede Oldenburg Ottesen Ottosen Palsgaard Pallesen Paludan Pedersson
Pihl Pilgaard Povlsen Pauli Philipsen Phillipsen Rahbek Rasmusen Reinholdt Richardsen Rosendahl
Rosenkilde Rudolfsen Samuelsen Sandersen Sebastiansen Severinsen Sigurdsen Simonsson Sivertsen
Skovgaard Stephansen Stefansen Svenningsen Sylvestersen Søgaard Teilmann Terkelsen Theilgaard
Thorup Thuesen Tobiasen Tofte Torbensen Troelsen Tygesen Ulriksen Valdemarsen Villumsen Vilhelmsen
Westergaard Wiborg Wilhelmsen Willumsen Winkel Zachariassen Zakariassen Øgendahl Åkesson
Aagaard Aabye Aamand Aarup Abild Adsersen Agerbo Agerskov Ahrenkiel Ahlmann Alstrup Ammitzbøll
Amdisen Antonisen Arildsen Asmussen Augustesen Aunsbjerg Axelsen Baadsgaard Bager Bagger Bagh Balle
Balslev Bardrum Barfod Bay Bech-Jensen Beck Behrens Bendsen Bennedsen Bernth Bidstrup Birch Bisgård
Bjerg Bjerregaard Bjerrum Bjørn Blicher Blom Bloch Blok Boesen Bojesen Bonde Borch Bornholdt Borup
Bové Brams Brammer Brask Brix Brock Brodersen Brogaard Brun Brøndum Buhl Busk Bülow Bøgh Bøje
Carl Carlson Christiensen Christoffersen Clemmesen Corfitzen Dalgaard Dalsgaard Damsgaard Degn
Degnbol Dinesen Dreier Due Duus Dybdahl Dyhr Dyrberg Ebdrup Egebjerg Egelund Eggert Egholm Ehlers
Ejlertsen Elkjær Ellegaard Elmegaard Elmholdt Enemark Engel Engelund Engholm Eskesen Espersen
Fabricius Falk Faurholt Feldt Fischer Fisker Fjord Fog Foged Fonnesbech Fredborg Frederiksen Frost
Fyhn Gaarde Gade Gammelgaard Garde Gjerløv Gjerris Glad Gleerup Graversen Greve Grosen Grønbæk
Grønlund Grønne Gram Gravesen Gundersen Gylling Haack Hald Halberg Hammer Hammerich Hansted Harder
Hartmann Hauge Haugaard Haslund Heilmann Helbo Helms Hesselberg Hesselbjerg Hjort Hjorth Hoffmann
Holck Holmberg Holmgaard Holt Hougaard Hovmand Husted Hvid Hyldgaard Hyllested Høgh Højbjerg
Højgaard Høyer Ipsen Isager Jakobsen Jarlov Jeppesen Jernberg Juel Juhler Junker Just Jønsson
Kaae Kaas Kamp Kappel Kastrup Kirk Kjeldgaard Kjellerup Kjærsgaard Kjærulff Klarskov Klit Kloster
Knakkergaard Knudstrup Kock Kok Kold Kornum Korsgaard Kragh Kraglund Kristiansen Krog Krogsgaard
Kromann Kronborg Krull Kvist Kyhl Kølbæk Laden Ladefoged Lambertsen Landbo Langballe Lange Langkilde
Lau Laugesen Lehmann Leth Lillelund Lillevang Lind Lindberg Lindholm Lindhard Lindstrøm Linnet Lodberg
Lomholt Lunde Lundgaard Lundsgaard Lundsteen Lykke Lykkegaard Lyngby Lyngsø Løkke Løvgreen Løvig
Maag Mackeprang Malmberg Malmros Maltesen Mark Meier Meyer Mejer Mejlgaard Melchior Melgaard Mikkelsen
Morsing Munch Munk Mygind Myrup Møldrup Mølholm Nedergaard Nederby Neergaard Nissen Nisted Noer Nord
Nordby Nordentoft Nordestgaard Norup Nyborg Nyholm Nyland Nymann Nørby Nørgård Nørregaard Nørskov
Obel Odgaard Ohlsen Olsen Olsson Ottesen Overby Pagh Palm Palmelund Paludan-Müller Pape Pilegaard
Pind Plesner Plum Post Poulsgaard Præst Quist Qvist Rahbæk Rask Rasmussen Rathje Ravnsborg Ravnkilde
Refsgaard Reimer Rindom Ringgaard Risager Rosenberg Rosendal Rosenkrantz Rosenstand Rosholm Rostgaard
Rud Rye Rønn Rønnow Rønne Saabye Sandberg Sandholm Sandvad Schack Schjøtt Schjødt Schmidt Schou
Schrøder Schultz Schwartz Seerup Sejersen Selmer Sigsgaard Skaarup Skadhauge Skak Skjold Skjødt
Skou Skovbo Skovby Skovsgaard Skytte Slot Smed Smidt Sonne Sommer Spangsberg Staal Stampe Steen
Stenberg Stensgaard Stenstrup Stilling Storgaard Storm Strand Strandgaard Stub Svane Svarre
Sørensen Søby Søe Søholm Sønderby Sønderskov Tang Teglbjærg Thaysen Thorhauge Thrane Thybo Tindbæk
Tofteng Tolstrup Tonsberg Torp Trolle Truelsen Tranberg Ulrich Ulstrup Uldall Vad Vagner Valentin
Vang Vedel Vejlgaard Vestergård Vinding Vind Vium Vognsen Wagner Wammen Warming Weber Wendt Westh
Wind Winge Worm Wulff Wøldike Yde Zeuthen Zinck Ørum Østerby Østergård Østerlund Aaby Aagesen
# Compound place names that are common surnames
Agerholm Anholm Bagge Ballegaard Beltoft Bennike Bergholt Bindslev Birkholm Birkmose Bjerregård
Bjørnholm Bogh Bonderup Borgaard Bregendahl Brejnholt Broberg Brodersen Brønnum Bugge Bundgaard
Byskov Bækgaard Bødker Dahlgaard Damkjær Dissing Dueholm Dybkjær Ebsen Egeberg Egebæk Egholm
Elbæk Ellebæk Engberg Eskildsen Fenger Fibiger Fink Fjeldsted Flindt Fogh Fredslund Fuglsig
Gaardsted Gejl Gilling Gjedde Gjessing Gjørup Glerup Gravgaard Grove Grønkjær Gudmundsen Hagelskjær
Halkjær Hedelund Hedemann Heede Hejlesen Hejlskov Hessellund Hinrichsen Hjelm Hjermind Holmegaard
Holmsgaard Hougaard Hovgaard Husum Hvass Hyldahl Hørlyck Høst Iversen Jakobsgaard Jessen Juulsgaard
Kastberg Kejser Kirkebæk Kirkegård Kirkensgaard Kjeldsen Kjærbo Klemmensen Klinkby Knudsen Kold
Korsholm Krabbe Kristensen Kronborg Krogager Kyed Langhoff Lauridsen Lerche Lillebæk Lindgaard
Lindskov Lolk Lundbye Lundager Lundbæk Lunding Lundorf Lundsgård Lykkeberg Lynge Lønborg Madsgaard
Mathiasen Meldgaard Mikkelsgaard Mose Mosegaard Munkholm Møgelvang Mølby Mølbak Nedergård Nielsgaard
Nordgaard Nordskov Nyvang Nørholm Nørkjær Nørup Olsgaard Overbeck Palmgren Petersson Pilgård Poulsgård
Rasmussen Ravn Ravnholt Ribergaard Riisgaard Rosenkvist Rosengaard Rugaard Rygaard Rønsholt Sand
Sandal Sandgaard Schousboe Sejerø Sigsgård Skallerup Skjoldager Skjøth Skovgård Skovmand Skovsbo
Skriver Smedegaard Stenbæk Stenholt Stokholm Storgård Strøm Strunge Svenningsen Sønderup Thorning
Thustrup Tingleff Tjørnelund Tobiassen Tougaard Troldborg Trier Tvede Tørnæs Vammen Vestergaard
Vestager Vibholm Vinkel Visby Vistisen Voss Vrist Wedel Westphal Wichmann Wibe Wissing Yding Øbro
Østerbye Østergaard Østrup
# Trade, nature and nickname surnames
Bager Bonde Degn Fisker Fogh Glad Kok Krag Møller Munk Præst Skytte Smed
Skriver Hjort Ravn Falk Ørn Fugl Due Svane Ulv Bjørn Løve Frost
Storm Vinter Sommer Winther Lykke Hvid Brun Grøn Lange Mørk Holm Lund Skov Dal
Bjerg Mose Kjær Dam Bæk Bech Strand Sand Sten Steen Toft Vang Busk Kvist Lind
Birk Rose Lilje
# German, Dutch and English surnames common in Denmark
Albrecht Arendt Bauer Becker Berger Brandt Braun Busch Diedrichsen Engel Fischer Franke Frank Fuchs
Gerhardt Graf Günther Hahn Hartmann Heinrich Herrmann Hoffmann Hofmann Horn Huber Jung Kaiser Keller
Klein König Krause Kramer Krüger Kuhn Lang Lehmann Lorenz Ludwig Maier Mayer Meier Meyer Möller
Müller Neumann Otto Peters Pfeiffer Richter Roth Sauer Schäfer Scheel Schmitt Schneider Scholz
Schulz Schumacher Schwarz Seidel Simon Sommer Stein Vogel Vogt Wagner Walter Weber Weiss Werner Wolf
Wolff Zimmermann Brown Clark Davies Evans Green Hall Harris Hill Hughes Jackson Johnson Jones King
Lewis Martin Miller Moore Morris Parker Roberts Robinson Smith Taylor Thompson Turner Walker White
Williams Wilson Wood Wright Young Murphy Kelly Ryan Walsh Byrne McCarthy Andersson Jansen
Bakker Visser Smit Mulder Bos Vos Dekker
# Surnames common among Danes of other origins
Abdi Abdallah Abdullah Abdulrahman Abu Ahmad Ahmadi Akbari Akhtar Al-Ali Ali Alizadeh Amini Anwar
Aslan Aydin Aziz Bashir Begum Celik Çelik Chaudhry Demir Dogan Doğan Duman Ebrahimi Farah Hamid
Hashemi Hassan Hosseini Hussain Hussein Ibrahim Ismail Jafari Jama Kara Karimi Kaya Khalil Khan
Koc Koç Kurt Mahmoud Malik Mohamed Mohammadi Mohammed Mustafa Nguyen Noor Nur Omar Osman Ozturk
Öztürk Qureshi Rahimi Rahman Rashid Rezaei Saeed Said Salah Saleh Shah Sheikh Siddiqui Sahin Şahin
Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Warsame Yilmaz Yıldız Yildiz Yusuf
Zadeh Özdemir Ozdemir Arslan Aksoy Güler Güneş Tekin Polat Erdogan Korkmaz Kılıç Kilic Tas Taş
Nowak Kowalski Kowalska Wiśniewski Wisniewski Wójcik Wojcik Kowalczyk Kamiński Kaminski Lewandowski
Zieliński Zielinski Szymański Szymanski Woźniak Wozniak Dąbrowski Dabrowski Kozłowski Kozlowski
Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Pawlak Michalski Nowicki Adamczyk
Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Petrenko Popescu Ionescu Popa
Kazlauskas Jankauskas Petrauskas Berzins Ozols Hodžić Hodzic Hadžić Hadzic Begić Begic Delić Delic
Hasanović Hasanovic Mehmedović Mehmedovic Jovanović Jovanovic Petrović Petrovic Nikolić Nikolic
Kumar Singh Sharma Patel Rajan Pillai Nair Chen Wang Li Zhang Liu Yang Huang Zhao Wu Zhou Kim Lee
Park Choi Jung Kang Cho Yoon Tanaka Suzuki Sato Santos Silva Oliveira Pereira Costa Rodrigues
Fernandes Gomes Martins Garcia Fernandez Lopez Martinez Gonzalez Perez Sanchez Romero Rossi Russo
Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco
# Greenlandic and Faroese surnames
Kleist Lynge Olsvig Kristiansen Motzfeldt Egede Kreutzmann Berthelsen Fleischer Hammeken Heilmann
Josefsen Kuko Lund Petrussen Poulsen Rosing Storch Thorleifsen Zeeb Joensen Jacobsen Hansen
Dalsgaard Mortensen Olsen Petersen Poulsen Rasmussen Johannesen Justinussen Dam Nolsøe Niclasen
Højgaard Gaard Mikkelsen Thomsen Ellefsen Danielsen Ziska Winther Heinesen Lamhauge Lützen
# More Danish surnames (place, farm and family names)
Aakjær Aalund Aarestrup Abildtrup Agerbæk Agergaard Albæk Algreen Alsbjerg Amstrup Andkjær Arentoft
Astrup Aunsholt Bahnsen Baun Bechmann Bechgaard Bengtsen Bergmann Bilde Birkebæk Birkelund
Bjerggaard Blaabjerg Boel Bojsen Bomholt Boysen Bredahl Bredal Bredkjær Bremer Brink Brinch Brohus
Bruhn Brøgger Brønd Brøndsted Buus Bøgelund Bøgild Carøe Cederberg Dahlberg Damborg Damm Daugaard
Daugbjerg Dideriksen Dohn Duelund Dyrholm Dyrløv Edelbo Eilersen Ejsing Elgaard Elkær Ellehammer
Elmgreen Engmann Enggaard Erichsen Erlandsen Esmann Falkenberg Fausbøll Filtenborg Fjelsted
Flensborg Flyvholm Fogsgaard Frahm Frausing Fredbo Fredsted Friborg Frimodt Frisch Frølund Funch
Gadegaard Gamst Gerlach Gerstrøm Gjerding Gjesing Gjøl Glud Godske Gotfredsen Grauballe Gribsholt
Grube Grunnet Grøndahl Grønborg Guldbæk Guldager Gundlach Gyldenkærne Hagelund Hagemann Hallberg
Halling Hamann Hammershøj Hansgaard Harbo Harbou Hasselbalch Hastrup Haugsted Hauch Havgaard Havmand
Hebsgaard Hedegård Hein Helberg Hellesen Helsted Hennings Hertz Herskind Hessel Hjelmborg
Hjortshøj Holbech Holmboe Holmsted Horsholt Horstmann Hove Hvidberg Hyldig Hørdam Høgsberg Højer
Højland Højlund Ingerslev Iuel Jelstrup Jerichau Jermiin Juncker Jungersen Juul Kaalund Kallesøe
Kamstrup Karstoft Kaufmann Kejlstrup Kiilerich Kiær Kjeldal Kjems Kjersgaard Kjøller Klitgaard
Klixbüll Klokker Klarlund Knap Kousgaard Krarup Kring Krogsbøll Krøyer Kudsk Kühl Kyndesen Kærgaard
Kølle Lambæk Langvad Larsgaard Lauersen Laulund Lausen Lausten Lerhøj Lerdorf Liisberg Lillie
Lindahl Lindemann Lindved Lorentsen Lundholm Lundvig Lyhne Lykkegård Lyngholm Lysgaard Lysholm
Lærkesen Løgstrup Løkkegaard Løvborg Løvendahl Madsbjerg Mahler Mandrup Mejdal Meldgård Melsen
Mertz Middelboe Mikkelstrup Moesgaard Mollerup Mosbæk Mouritsen Mouritzen Munksø Mørup Mølsted
Nannestad Nielsby Niemann Nitschke Nordam Nordlund Norholm Nyegaard Nørbjerg Nørbæk Nørtoft
Obbekjær Olander Olrik Ottsen Overgård Paaske Pallisgaard Pedersby Pilmark Plougmann Poulstrup Pram
Præstegaard Quistgaard Rafn Ramsing Randrup Ravnborg Refslund Rindel Rix Rosbjerg Rosenø Rosenørn
Rovsing Rønholt Rørbæk Rørdam Saxtorph Schaumburg Schiøtt Schiøler Schiønning Schlüter Schwensen
Seidelin Sejer Siggaard Sindberg Sinding Sivebæk Skaaning Skipper Skjoldborg Skoubo Skouboe Skovlund
Skytt Slott Smedegård Sommerlund Stadil Stagsted Stavnsbjerg Steenberg Steenstrup Stenager
Stensballe Stjernholm Stougaard Strandby Stride Strøyer Sundbøll Sunesen Svendsgaard Svejgaard
Sylvest Søndergård Sønnichsen Tandrup Tarp Thomasen Thorbjørnsen Timm Tinggaard Tjørnehøj Toftdahl
Toftegaard Toftgaard Tornøe Trap Troelsgaard Udsen Ulsøe Urup Vedsted Vesterby Vibe Vigh Vilstrup
Vinkler Vognstrup Vorre Waagepetersen Wandall Wedderkopp Wegener Weis Wermuth Westermann Wiberg
Widding Wiingaard Willadsen Winding Würtz Zacho Zachariasen Ærenlund Ølgaard Ørskov Øvlisen
Aagesen Anthonsen Arentsen Bastiansen Benjaminsen Bentzen Boisen Brinck Christophersen Edvardsen
Eliassen Falkesen Godtfredsen Gudiksen Guldberg Haahr Hagen Haldrup Hammerum Hasselgren Heegaard
Helweg Hingelberg Hjelholt Hobolth Holtum Hovmøller Husum Ilsøe Jokumsen Jørring Kaalund Kanstrup
Kehlet Kildegaard Kjærside Klingenberg Klostergaard Koldsø Krabbe Krogager Kruuse Kusk Laustsen
Lemvigh Lichtenberg Lindbjerg Lundbech Lundquist Lystrup Løkkegård Mahncke Marstrand Mehlsen Meng
Mikkelsgård Mohr Molbech Mosgaard Munkholm Mølgård Nørhave Ohrt Olling Oxholm Paarup Pagaard Palsbo
Pless Porsgaard Prip Raahauge Ranum Reimers Ringsted Roed Rosenmeier Rothe Rugholm Rytter Rømer
Salling Schandorff Schougaard Schøler Sejbæk Skipper Skøtt Spanggaard Stage Steensen Stenderup
Stengaard Sterup Stockmann Stokkebye Strange Svanholm Søberg Sønderby Tandrup Thestrup Thorborg
Thorbøll Thuborg Tidemand Toftager Torbensen Trolle Tyrsted Ulrichsen Vejrup Vesth Vinter Vorup
Wacher Westergård Wissing Worsøe Østervig
# Still more Danish surnames
Ahlgren Ahrendt Akselsen Albrektsen Alsing Appel Arnholtz Augustsen Axelgaard Baagøe Baastrup
Badsberg Balling Bardenfleth Barslund Bastholm Baunsgaard Beierholm Bering Berner Bie Bille
Birkedal Birkeland Bitsch Bjerager Bjerring Bjørnholt Blach Bliddal Blix Bodholdt Boelt Bohr
Bollerup Bonnerup Borberg Bork Bornemann Borregaard Bove Brahe Brandstrup Bredsdorff Bregnhøj
Brendstrup Brorson Brusgaard Bruus Brøchner Buchhave Buchholt Bukh Busck Bystrup Bæksted Bøgeskov
Bøttcher Carlsson Caspersen Christensson Corneliussen Dall Dalsgård Damsgård Dannesboe Degerbøl
Demant Dencker Dige Dolmer Dons Dragsted Drejer Drewsen Dræbye Dybdal Dybro Dyrby Dyreborg
Eberhardt Eckhardt Eggertsen Ehrenreich Eigaard Ejlskov Elberg Eldrup Ellehauge Elmelund Elsborg
Emborg Engelbrecht Engsig Erbs Fabech Fallesen Faurschou Feilberg Fibæk Fjeldsø Flarup Fleron
Flyger Folkmann Fomsgaard Fonsmark Fosgerau Frellsen Friberg Frimann Frisk Frøkjær Frølich Fussing
Gadeberg Gaardbo Galsgaard Gamborg Gantzel Gerdes Germansen Gertz Gjedsted Gjerlevsen Godsk
Gotthardt Graae Grimstrup Grinderslev Grum Grunwald Grønholt Guldbrandsen Gustavsen Guttormsen
Gydesen Haagen Haaning Hagedorn Halkier Hallas Handberg Harbøll Harsberg Hasager Hauerslev
Haugbølle Havsager Hebo Hedeager Hedemand Hegelund Hejgaard Helt Hempel Hergaard Hersted
Hesselholt Hestbech Hjelmager Hjerrild Hjuler Hoeck Holk Holtegaard Hornbech Horsbøl Hostrup
Houmann Hovalt Hummelshøj Hvam Hvidt Høeg Højmark Høyrup Ilsted Ingvorsen Irgens Jacobi Jakobi
Jarløv Jessing Jonstrup Junge Jæger Kaaber Kallehauge Kallestrup Kampmann Karlshøj Kastbjerg
Kelstrup Kierkegaard Kirkedal Kirketerp Kjærbøl Kjærulf Kleis Klinge Klint Klitgård Klokmose
Kloppenborg Kofod Kolbe Kongsted Kongstad Korsbæk Kousholt Krebs Kristensson Kudahl Kuhre Kure
Kærsgaard Lagoni Lauesen Lauritzen Lautrup Leck Ledet Lerbech Levinsen Lildholdt Lilholt Linde
Lindegård Lindhardt Lindholt Lindquist Linnemann Lodahl Lomborg Lundbeck Lundgren Lundorff Lunøe
Lystbæk Læsøe Løje Lønstrup Malmkvist Mariegaard Markvardsen Marqvardsen Meinert Melchiorsen
Milling Moesby Moeslund Morsbøl Munck Munkgaard Møberg Mølbjerg Møllegaard Møllenbach Mørkeberg
Nejstgaard Nellemann Neve Nielsson Nordkvist Nordstrøm Norgaard Nybo Nystrup Nørremark Olufsen
Omann Ostenfeld Palmqvist Panduro Pedersbæk Porsborg Preisler Primdahl Qvortrup Rehling Rendtorff
Riber Risbjerg Risum Rolsted Rosenvinge Rubæk Rørth Salomonsen Sandbæk Sangild Schacht Scharling
Schjerning Seidenfaden Sidelmann Skadborg Skjærbæk Stenild Stigaard Stoltenberg Strøbech Stubkjær
Taarnhøj Teglgaard Terp Thaarup Thyssen Tøttrup Uhrenholt Wegner Wendelboe Wiese Worsaae Ørsted
Abelsen Achton Agerlin Ammundsen Andreassen Arnfred Arnvig Backhausen Bagge-Hansen Bakmann
Baunbæk Bechsgaard Beyer Binderup Bjerglund Bjørnskov Blaksmark Boding Brandi Bredvig Brink-Jensen
Bruun-Rasmussen Buhrkall Bundsgaard Dahlerup Dalum Dyhring Ebdrup Egholt Egmose Ejrnæs Elkjær
Enemærke Fangel Feldborg Fløe Foldager Foss Fredskild Fugleberg Gjøde Gravholt Greibe Grønvold
Guldborg Halskov Hasselstrøm Hedegaard-Hansen Hegner Hejl Hemmer Hinge Hjorthøj Hofmeister Holmgård
Holstein Hougård Hundebøll Hyldkrog Højsgaard Isager Jermin Jungersen Kaasgaard Karkov Kjelstrup
Kjærsgård Klemmensen Knakkergård Korsholm Kvistgaard Laigaard Langgaard Larsgård Lillesø Lindkvist
Lyngbye Løkkegaard Mandrup Marquardsen Meyling Mikkelsgaard Mogensen-Holm Mortensgaard Munkebo
Nannerup Nygård Obelitz Overgaard-Nielsen Palsbøll Pilgaard-Jensen Plauborg Ploug Poulstrup Ravnsbæk
Rosager Rævsager Saugmann Schjøtt-Hansen Skovmose Skytte-Jensen Stausholm Stengaard Storgaard-Jensen
Svanholt Søltoft Thomasberg Thygesen-Holm Tranekjær Uldall-Hansen Vestergaard-Jensen Vinkel-Hansen
`;
