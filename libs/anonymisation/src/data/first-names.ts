// Danish first names, written for this project from general knowledge (not copied from any register):
// traditional and modern Danish and Nordic names, their common spelling variants, and the names most
// common among Danes of other origins. One name per word, grouped by initial; "#" starts a comment.
// Names that are also ordinary Danish words (Bo, Ask, Sol, Storm …) are listed here as well; the
// detector treats those with care (see ordinary-words.ts and names.ts).
export const FIRST_NAMES = `
# A
Aage Aase Abbas Abdallah Abdel Abdi Abdiaziz Abdikadir Abdirahman Abdirizak Abdul Abdulla Abdullah
Abdullahi Abdulrahman Abel Abid Abida Abir Abraham Absalon Adam Adel Adela Adele Adelina Adeline Adil
Adina Adnan Adolf Adrian Adriana Adrienne Agathe Aggi Agnes Agnete Agnethe Ahmad Ahmed Ahmet Aicha
Aida Aidan Aiden Aino Aisha Aishah Aiyana Aja Akram Alaa Alan Alba Albert Alberte Albin Albrecht
Alea Aleksander Aleksandra Aleksandar Alex Alexa Alexander Alexandra Alexia Alexis Alf Alfons Alfred
Alfreda Algot Ali Alia Alice Alicia Alida Alija Alina Aline Alis Alisa Alise Alison Alissa Aliya
Alla Allan Alma Almaz Almina Alva Alvin Alwin Amal Amalia Amalie Amanda Amani Amar Amara Ambrosius
Amed Amelia Amelie Amin Amina Amine Amir Amira Amna Amos Amy Ana Anas Anastasia Anders Andi Andrea
Andreas Andrej Andrew Andy Ane Anela Anette Angel Angela Angelica Angelika Angelina Angelo Ani Anika
Anine Anisa Anita Anja Anker Ann Anna Anna-Sofie Annabel Annabell Annabella Annabelle Annalise Anne
Anne-Grethe Anne-Lise Anne-Mette Anne-Marie Anne-Sofie Annelise Annemette Annemarie Anneli Annette
Annie Anny Ansgar Anthon Anthony Antoinette Anton Antonia Antonie Antonio Anwar Anya Aphrodite April
Arafat Aram Archie Arda Ari Ariana Arianna Ariel Arild Arjan Arlene Armin Arnd Arne Arnold Arnt Aron
Arthur Artur Arvid Arya Asad Asbjørn Asger Asim Ask Aske Askel Aslak Asli Asmus Asta Astrid Atlas
Aubrey Audrey Augusta Auguste August Aura Aurora Ava Averi Axel Aya Ayaan Ayan Ayda Ayesha Ayla Aylin
Ayoub Ayse Ayub Aziz Aziza Ådne Åge Åse Åsa
# B
Bahar Baldur Balder Bana Barbara Barbro Bashir Basim Bastian Beata Beate Beatrice Beatrix Becky
Bella Belinda Ben Bendt Benedicte Benedikte Benedikt Benjamin Benny Bent Bente Benthe Berit Bernd
Bernhard Bernt Berta Bertel Bertha Berthe Berthold Bertil Bertram Beth Betina Bettina Betty Bianca
Bibi Bilal Bill Billie Billy Birger Birgit Birgitta Birgitte Birk Birte Birthe Bitten Bjarke Bjarne
Bjørg Bjørk Bjørn Blenda Bo Bob Bodil Bonnie Boris Borgny Bror Bruno Brian Britt Britta Brita Bruno
Bryan Buster Bue Burak Bushra Bülent Børge
# C
Caja Caisa Cajsa Calle Calvin Camilla Camille Camilo Carina Carl Carla Carl-Emil Carl-Johan Carlo
Carlos Carmen Carola Caroline Carolina Carsten Casper Catharina Cathrine Catrine Cecilia Cecilie
Celina Celine Cem Chanel Charles Charley Charlie Charlotte Chris Christa Christel Christen Christer
Christian Christiane Christina Christine Christoffer Christopher Chrisanne Cille Cilla Cindy Claes
Claire Clara Clarissa Claudia Claus Clemens Clement Connie Conny Constance Cornelia Cornelius Crista
Cristina Curt Cæcilie Cecil
# D
Dagmar Dag Dagny Dalia Dalila Damian Dan Dana Daniel Daniela Daniella Danny Daria Dario Darius David
Davina Dea Debora Deborah Dennis Derya Desiree Dett Dewi Diana Didde Dina Dino Ditte Ditlev Dittmer
Dominic Dominik Dora Doris Dorit Dorota Dorte Dorthe Dorothea Dorrit Douglas Ditte-Marie
# E
Ea Ebba Ebbe Eddie Eddy Edel Edgar Edith Edmund Edna Edvard Edvin Edward Edwin Eigil Eik Eila Einar
Ejgil Ejler Ejnar Ejvind Ejvin Ekrem Elaha Elena Eli Elia Elias Elif Elin Elina Elinor Elisa
Elisabet Elisabeth Elise Eliza Elizabeth Ella Elle Ellen Ellie Ellinor Elly Elna Elmer Elna Elsa
Else Elsebeth Elvira Elton Emanuel Emil Emilia Emilie Emilio Emily Emine Emir Emma Emmeli Emmelie
Emmy Emre Ena Enes Enok Enver Erdal Eric Erik Erika Erling Erna Ernst Esben Esma Esra Esther Ester
Estrid Ethan Eva Evald Evelina Evelyn Evy Ewa Ewald Eyvind Egon Einar Ejner Elvin Elva Emine Eske
Eskild Espen Esmeralda Eugen Eva-Maria Evan
# F
Fabian Fadi Fadumo Fahad Faisal Farah Farid Faris Farhan Fatih Fatima Fatma Fatuma Felicia Felix
Ferdinand Filip Filippa Finn Fie Flemming Flora Florian Folmer Frank Frans Frantz Franz Freddy Frede
Frederik Frederikke Fredrik Freja Frej Freya Frida Fridolin Frida Frits Fritz Frode Frida-Marie
# G
Gabriel Gabriella Gabrielle Gaia Geert Georg George Gerd Gerda Gerhard Gert Gertrud Gilbert Gina
Gisela Gitte Gorm Grace Greta Grete Grethe Gry Gudrun Gunhild Gunnar Gunner Gurli Gustav Gustaf
Gül Gülsen Gitta Gøye Gabi Gaute Gerner
# H
Habib Hadi Hafsa Hagen Hakan Halfdan Halima Halvor Hamid Hamza Hana Hanan Hannah Hanna Hanne Hans
Hans-Christian Hans-Henrik Hans-Jørgen Hans-Peter Harald Harriet Harry Hassan Hasse Hedda Hedvig
Heidi Heinrich Heinz Helen Helena Helene Helga Helge Helle Hella Helmer Helmuth Hemmingsen Henning
Henny Henri Henriette Henrik Henry Herbert Herdis Herluf Herman Hermann Hilda Hilde Hildur Hjalte
Hjørdis Holger Hossein Hugo Hussein Hüseyin Hamad Hamed Haris Haydar Hedi Hedevig Helen Hilmar
# I
Ib Ibrahim Ida Idris Ifrah Ilham Ilse Ilona Imran Ina Ines Inga Inge Ingeborg Inger Ingerlise Ingolf
Ingrid Ingvar Irene Iris Irma Isa Isaac Isabel Isabella Isabelle Isac Isak Ismail Israa Iben Ivan
Ivar Iver Ivy Iman Ines Ilias Imre Inas Iqra Irina Isra Ivalu
# J
Jack Jacob Jacqueline Jakob Jalal Jamal James Jamie Jamila Jan Jane Janet Jane Janni Jannie Jannik
Janus Jasmin Jasmina Jasper Jean Jeanette Jeanne Jelena Jennie Jennifer Jenny Jens Jens-Erik
Jens-Peter Jeppe Jesper Jessica Jette Jimmi Jimmy Joachim Joakim Joan Joanna Joel Johan Johanna
Johanne Johannes John Johnny Jon Jonas Jonatan Jonathan Jonna Jorid Josefine Josef Joseph Josephine
Josh Joshua Jossi Judith Julia Julian Juliane Julie Julius Junior Justin Jytte Jørn Jørgen Jesus
Johnni Jonna Jakup Janne Jannick Jarl Jens-Ole Jeppe Jon Joy Juno Jutta
# K
Kaare Kaj Kalle Kamal Kamilla Kamille Kamma Kamran Karen Kari Karim Karin Karina Karl Karla Karl-Emil
Karoline Karolina Karsten Kasper Katarina Kate Katharina Kathrine Katja Katrine Keld Kenneth Kenn
Kenny Kent Kerstin Khadija Khaled Khalid Kim Kira Kirsten Kirstine Kit Kjeld Kjell Klara Klaus Knud
Konrad Kristian Kristina Kristine Kristoffer Kurt Kåre Kaia Kalle Kamil Kasandra Kashif Katinka
Kaya Kennet Kevin Kian Kiki Kimmie Klemens Krista Kristen Kristin Kristel
# L
Laila Lajla Lars Lasse Laura Laurids Lauritz Lauge Laust Lea Leah Leif Leila Lena Lene Lennart Leo
Leon Leonard Leonora Leonardo Liam Lian Liam Lilian Lillian Lilje Lilli Lilly Lily Lina Linda Line
Linn Linnea Lis Lisa Lisbet Lisbeth Lise Lise-Lotte Liselotte Liv Liva Livia Loke Lola Lone Lotte
Louis Louise Lucas Lucia Luca Lucca Luna Lukas Lykke Lærke Leonora Levi Lars-Erik Leila Lennard
Lenny Lilo Lillemor Linus Lisette Liza Ludvig Luise Lulu Lydia Lykke Lotus
# M
Mads Magda Magdalena Magdalene Magnus Maiken Majken Maj Maja Malene Mali Malik Malika Malou Malte
Manfred Manuel Marcus Maren Margit Margrethe Margarete Maria Mariam Mariana Marianne Marie Marie-Louise
Marika Marina Marinus Mario Marion Marius Mark Markus Marlene Marta Martha Martin Martine Marwa Mary
Maryam Mathias Mathilde Matilde Mats Mattias Max Maximilian Maya Medina Mehmet Melanie Melina Melissa
Mette Mia Michael Michaela Michala Michelle Mie Mikael Mikala Mikkel Mila Milan Milas Milena Mille
Mina Minna Mira Miriam Mirjam Mohamad Mohamed Mohammad Mohammed Mohamud Mona Monica Monika Morten
Mustafa Muhammad Muhammed Myrna Mynte Marc Magnhild Malthe Manja Marcel Mariann Marianna Markus
Mateo Mathilda Maud Maximillian Mehdi Meryem Merle Merete Merethe Mia-Sofie Michel Milo Minik
Mirza Mogens Molly Moses Muna Murat Musa
# N
Nadia Nadja Nadine Najib Nana Nanna Naomi Nasir Natalia Natalie Natasja Nathalie Nathan Nawal Nazar
Nicolai Nicolaj Nicolas Nicole Nicoline Niels Nielsine Niklas Nikola Nikolai Nikolaj Nikoline Nils
Nina Nis Noa Noah Noel Nora Norma Nour Nova Nur Naja Najma Nathalia Nermin Nicklas Nick Nico Nike
Niko Nikita Nilas Noelle Nor
# O
Olav Ole Olga Oliver Olivia Olivér Omar Oscar Oskar Oluf Orla Otto Ove Ozan Olaf Oline Oline Olli
Osman Ottilia Ottilie
# P
Palle Pamela Patricia Patrick Patrik Paul Paula Pauline Pedro Peder Pelle Per Pernille Peter Petra
Philip Philippa Pia Pierre Pil Poul Preben Paw Pauli Penelope Perle Petrine Pil Piotr
# Q
Qasim Quentin
# R
Rafael Rahma Rami Randi Rania Rasmus Rebecca Rebekka Regitze Regina Rene René Rigmor Rikke Rita
Robert Robin Rolf Roman Ronja Ronnie Ronni Rosa Rose Rosemarie Roy Ruben Rudolf Rune Rut Ruth Ryan
Rana Rashid Raymond Reza Rie Rigmor Rita Robinson Ronald Rosalina Rosalie Rosita Rudi Rustam
# S
Sabine Sabrina Sadia Safa Safiya Said Salah Saleh Salim Salma Sally Sam Samantha Samir Samira Samuel
Sana Sandra Sanne Sara Sarah Sebastian Selma Selin Semra Senna Serena Sergej Signe Sigrid Silas
Silje Silke Simon Simone Sine Sissel Sisse Siv Sixten Snorre Sofia Sofie Sofus Sol Solveig Sonja
Sophia Sophie Stefan Steffen Stella Sten Steen Stig Stine Storm Susan Susanne Sune Svend Svenning
Sven Sylvester Sylvia Søren Sabah Sahra Saga Sakariye Salomon Sandie Saoirse Selim Sevda Sharon
Sheila Shirin Sidsel Sigurd Sille Sinan Siri Sirin Stefanie Stephan Stephanie Sultan Suzanne Svea
Sven-Erik Svenja Sylvi Sølvi
# T
Tage Tamara Tanja Tania Tarik Tariq Tea Teis Terese Thea Thelma Theo Theodor Thilde Thomas Thor
Thora Thorbjørn Thorkild Thorvald Thure Tilde Tim Timmi Timothy Tina Tine Tobias Toke Tom Tommy Tone
Tonny Tor Torben Torsten Tove Troels Trine Tristan Tue Ture Tyra Tage Thyge Tilda Timo Tinna Tjalfe
Tobias Torkild Trille Tuva Tyge
# U
Uffe Ulf Ulla Ulrik Ulrikke Una Uma Umar Unni Ursula Usman Uwe
# V
Vagn Valdemar Valentin Valentina Vanessa Vega Vera Verner Veronica Veronika Vibeke Victor Victoria
Vigga Viggo Viktor Viktoria Vilde Vilhelm Villads Villy Vincent Vinni Viola Vita Vitus Vivi Vivian
Vanja Vicki Vilja Vilma Vinnie Vitus
# W
Walter Werner Wilhelm Wilma William Willy Winnie Waleed Wassim Wictor Wiktoria Willum
# Y
Yasmin Yasmina Yousef Yusuf Yvonne Yara Yasin Yassin Yildiz Yousif Yrsa Yunus Yahya
# Z
Zahra Zainab Zara Zeynep Zaid Zakaria Zeinab Zenia Zuzanna Ziad Zoe Zofia Zuhal
# Æ Ø
Ærenfried Øjvind Østen Øyvind
# More names, by group. Older Danish and Nordic names
Aagot Aksel Albertine Alfrida Alvilda Ane-Marie Anna-Marie Anne-Katrine Anne-Louise Anne-Birthe
Anne-Dorthe Anne-Kirstine Annegrete Annelie Anni Annika Antonius Arendse Arnfred Arnvid Asbjørg
Aslaug Astor Augustin Augustinus Aurelia Alette Alfhild Allis Arnfinn Arnhild Asser Aud Augustina
Axelina Bendix Bengt Benno Bernadette Birgith Birgitt Bitte Bjarni Boje Borghild Brigitte Brynjar
Bjørnar Brage Brede Berthel Bertine Bertha Caroline Carit Cathrin Chresten Christin Cecilie Dyre
Dorthea Dorothe Edele Edit Egil Eilif Eilert Ejlif Elfriede Elida Ellemarie Elsebet Emelie Ernestine
Eskil Esper Ethel Eugenie Evert Felicitas Fenja Finja Florentine Folke Fredrikke Freia Fridtjof
Frieda Frigg Gerhardt Germund Gisle Gotfred Gottfred Gudmund Gunda Gunnvor Gyda Gøran Haakon Hakon
Halvard Hemming Hendrik Henni Henrike Herborg Hermod Hervor Hilbert Hildegard Hilmer Hjalmar Hulda
Idun Ingelise Ingemann Inger-Marie Ingvild Irmgard Isidor Jarl Jens-Christian Jens-Henrik Jens-Kristian
Johanne-Marie Josefa Kai Kajsa Karen-Margrethe Karen-Marie Kirsti Kitt Kitte Kjartan Knud-Erik Kresten
Kristiane Kjestine Laurits Leopold Lissi Lissy Loa Lorenz Lorentz Magne Maibritt Mai-Britt Maj-Britt
Majbritt Malin Margareta Mari Marit Martinus Meta Mette-Marie Mildrid Mille-Marie Niels-Erik
Niels-Peter Nille Nynne Ola Oda Olea Olina Olle Ortrud Osvald Otilia Per-Erik Petrea Petrus Poul-Erik
Ragna Ragnar Ragnhild Rakel Rasmine Ravn Regine Reidun Reinhard Reinhold Rikard Runa Saxe Sigfred
Sigge Sigrun Sigvald Siff Skjold Snefrid Solvej Svante Syver Søs Thekla Thyra Tonje Torill Torvald
Truels Tønnes Unn Valborg Valde Vebjørn Vesla Vibe Vidar Vigdis Vilfred Vilhelmine Villum Willads
Wenche Aksel-Emil Ane-Sofie Lars-Peter Peter-Emil Hans-Erik Ole-Christian Karl-Erik Carl-Christian
Anne-Mai Ellen-Marie Ida-Marie Sofie-Amalie Sara-Marie Marie-Sofie Marie-Christine Anne-Cathrine
Gudmund Harriet Helmuth Herta Hertha Ingemar Ingvard Jens-Ulrik Jesper-Emil Jette-Marie Johannes
Kirsa Kirstina Knut Lise-Marie Lisbet Lisa-Marie Margrete Marlies Mathea Nanny Olivia-Marie Oline
Povl Povel Ragnvald Rigmar Rosalinde Sejer Severin Sidse Signy Sigvard Steffan Sylvest Sølve
Thorleif Thyge Toft Tycho Uno Valdis Verna Vilmer Vita-Marie Åke Åsmund Agner Alvar Anund Arvild
Benedikta Birthe-Marie Dortea Ebbesen Ejlert Elof Else-Marie Erna-Marie Gunver Haldor Ingeburg
Jørgine Karna Kathinka Kirstin Laura-Marie Lavrids Magnhild Mads-Emil Mette-Louise Nicolina Ottilia
# Modern Danish names, including the popular names of recent years
Aya Alberte Alfred Alvin Arthur August Auguste Aron Asger Bastian Benjamin Bertram Celina Clara
Ella Ellie Elliot Esther Eddie Felix Frida Harald Hannah Hugo Ingolf Isabella Julius Kalle Karla
Konrad Lauge Laurits Leon Liam Liva Loui Louie Ludvig Luna Malthe Marius Milo Molly Noel Nora Oscar
Osvald Otto Ronja Sigurd Silas Storm Sylvester Theo Tilde Tristan Valdemar Viggo Vigga Vilma Villads
Vincent Vitus Walter Wilma Alba Alma-Sofie Ella-Marie Emma-Sofie Freja-Marie Liva-Marie Merle Nova
Vera Vilja Selma Saga Rosa Lilly Lulu Naia Eja Fie Asta-Marie Ellinor Emmely Thea-Marie Olga-Marie
Agnes-Marie Laerke Lærke-Marie Bianka Ella-Sofie Luka Lucca Mio Nohr Otilie Rumle Sander Tobias
William Noah Lucas Emil Oliver Frederik Elias Magnus Anton Johan Mikkel Christian Alexander Mads
Philip Adam Sebastian Lukas Kristian Jakob Jonas Julius Aksel Albert Anker Balthazar Cornelius
Ejner Elmo Frej Gorm Hjalmar Ivar Kaj Laust Loke Melvin Nohr Olai Pelle Severin Sixten Svend Thor
Tage Tjalfe Ulrik Wilhelm Ansgar Aske Benny Cassius Dion Esben Filip Holger Isak Jeppe Karl Lasse
# Greenlandic and Faroese names
Aviaja Ivalu Nivi Paninnguaq Inuk Pipaluk Aputsiaq Kunuk Inunnguaq Pilunnguaq Kista Najaaraq
Aqqaluk Nukannguaq Malu Nuka Jógvan Rógvi Sjúrður Bárður Heðin Óli Guðrun Sólrun Rannvá Eyðun
Tróndur Jóhanna Jákup Jóannes Hanus Beinir Súsanna Turið Ragnheiður Magnus Hallbera
# Names common among Danes of Middle Eastern, Turkish, Kurdish, Iranian and Afghan origin
Abdulkadir Abdelkader Abdelaziz Abdo Afrah Afshin Ahlam Aiman Akif Alaaddin Amjad Amr Anisa Arash
Arezoo Asma Ayad Ayman Aysel Azad Badr Bahman Banaz Baran Basma Bassam Behrouz Berivan Beritan Burcu
Büsra Cansu Cemal Cengiz Cihan Dalal Deniz Dilan Diyar Ebru Faiza Farhad Fariba Farzana Fawad Firas
Gizem Goran Hadia Haider Hakim Hala Hanin Hatem Hawa Hayat Hiba Hussam Ilyas Imad Ismael Jawad
Jihad Kadir Kawa Khalil Kübra Layla Leyla Luqman Mahdi Mahmoud Mahmud Mahmut Majid Marwan Masoud
Melek Merve Mohsen Muhammet Murad Nabil Nadim Naima Najat Nasrin Nihal Nizar Omer Ömer Osama Qadir
Rabia Rahim Rashed Rawan Reem Rima Roza Ruqia Sabri Sadiq Safaa Sahin Şahin Samer Serkan Shadia
Shahid Shahin Sherin Sibel Sinem Soran Suad Suleiman Sulaiman Sumaya Tahir Tarek Tuba Ufuk Walid
Wafa Yasemin Yasir Yusra Zakariya Zuhair Rojin Berfin Zilan Roj Rezan Hevin Jiyan Nishtiman Rebwar
Sherwan Sirwan Shvan Hemin Hawre Reza Mehdi Parisa Babak Behnam Dariush Kaveh Navid Omid Payam
Pedram Ramin Roya Shahram Shiva Yasaman Negar Nasim Mahsa Ladan Jawid Mursal Nazanin Parwana Sakina
Wahid Zabihullah Mahbooba Shabnam Zohra Khadija Aaliyah Alia Amani Anwar Asiya Aysha Bushra Dina
Fadi Faris Fatime Ghazal Hafez Haifa Hamdi Hanadi Hasna Heba Ibtisam Issa Jamil Jana Kamila Kenan
Laith Lamia Lubna Mahir Malak Manal Mariama Mazen Mona Munir Mustapha Nadia Nasser Nour Noura Qasem
Rami Ranya Rasha Rayan Riad Saber Sadia Safiya Saif Salwa Samah Sami Sawsan Shams Sherif Siham
Sultana Taha Tamer Wael Yahia Yara Yasmine Yassine Younes Youssef Zaher Zahir Zaina Zeina Zyad
Emin Erkan Ercan Erol Esat Fatih Ferhat Gökhan Hakan Halil Hülya Ibrahim Ilknur Kemal Kerem Levent
Mehmet Mesut Metin Muhammed Mustafa Necla Nesrin Nur Orhan Recep Sedat Selçuk Semra Sevgi Süleyman
Tolga Tuncay Turgut Ümit Volkan Yakup Yavuz Yusuf Zehra Zeki Ayşe Elif Emine Fatma Hatice Özlem
# Somali and other East African names
Abdiwahab Abdirashid Abdisalam Abdiqani Abdinasir Abdishakur Abshir Farah Hodan Hamdi Ladan Sagal
Sahra Shukri Faadumo Fadumo Ubah Idil Nimo Ikram Deeqa Hibo Muna Suldaan Hamse Khadar Mukhtar Nasra
Yonis Yasmin Amran Ayanle Bile Cawo Hassan Hussein Ilhan Jama Kaltun Liban Maryan Nasteho Sucaad
Warsan Zamzam Abebe Almaz Dawit Selam Tesfaye Yohannes Mebrat Senait Helen Kidane Tekle Yonas
# Names common among Danes of Polish, Baltic, Balkan, Romanian and Ukrainian origin
Agnieszka Andrzej Bartosz Bartek Dariusz Dawid Grzegorz Jakub Kacper Katarzyna Krzysztof Lukasz
Łukasz Maciej Małgorzata Malgorzata Marcin Mateusz Michał Michal Paweł Pawel Piotr Rafał Rafal Szymon
Tomasz Wojciech Zofia Zbigniew Jolanta Beata Dorota Ewelina Justyna Kinga Marta Patrycja Sylwia
Weronika Wiktor Oksana Olena Olha Iryna Yulia Tetiana Andrii Oleksandr Oleksii Dmytro Serhii Vasyl
Mykola Volodymyr Yaroslav Bogdan Bohdan Nataliia Svitlana Halyna Kateryna Viktoriia Anastasiia
Ionut Andrei Mihai Florin Ioana Alina Vlad Dragos Gheorghe Vasile Adriana Raluca Roxana Mantas
Tomas Rūta Agnė Jurgita Gintaras Aivars Andris Janis Inese Ilze Kristaps Edgars Marko Milan Nikola
Zoran Dragana Jasmina Amra Amela Edin Emir Mirsad Senad Elvis Almir Armin Merima Lejla Aida Azra
Adis Samir Emina Haris Jasmin Alen Kenan Nedim Esad Ervin Mirza Sanela Selma Maja Dejan Goran
Bojan Ivana Jelena Nenad Sanja Vesna Tamara Mirela Natasa Nataša Biljana Dusan Stefan
# Names common among Danes of South and East Asian origin
Anh Minh Linh Thanh Huong Hoa Lan Tuan Duc Hung Long Nam Phuong Trang Thu Ngoc Quang Hieu Khanh
Somchai Siriporn Malee Kumar Rajan Suresh Priya Sanjay Anand Ravi Lakshmi Deepa Arun Vijay Sunita
Anita Asif Aamir Adeel Ahsan Aisha Amjid Arslan Asim Atif Faisal Farhan Hamza Haroon Imran Irfan
Javed Kashif Nadeem Naveed Nazia Rabia Rizwan Saad Sadaf Saima Sajid Shahzad Shazia Sobia Tahira
Tanveer Umair Usman Waqas Zahid Zeeshan Maricel Jocelyn Rowena Marites Jennelyn Mei Ling Wei Jun
Yuki Hiro Kenji Min-Ji Ji-Woo Soo-Jin Hye-Jin
# English and international names that are used in Denmark
Aaron Abigail Alan Alison Amber Andy Angus Ashley Barry Betty Billy Brandon Brenda Brooke Bryan
Cameron Carol Casey Chad Chelsea Cody Colin Connor Courtney Craig Crystal Dale Dean Derek Diane
Donna Dylan Eleanor Eliot Emily Ethan Evan Faye Fiona Gary Gavin Gemma Glen Glenn Gordon Hailey
Heather Holly Ian Jake Jamie Jared Jason Jay Jeff Jeremy Jesse Jill Joanne Jodie Jordan Joy Julian
Justin Kaitlyn Karen Kayla Keith Kelly Kelvin Kerry Kevin Kyle Lance Lauren Lee Leslie Lewis Logan
Louise Lucy Luke Mandy Marcus Martina Mason Megan Melvin Mia Mitchell Morgan Nancy Natalie Neil Nigel
Noelle Owen Paige Pamela Patrick Peggy Phoebe Preston Rachel Ralph Rebecca Reece Riley Roger Ronald
Ross Ruby Russell Ryan Samuel Scott Sean Shane Shannon Sharon Sheila Sienna Simon Stacey Stanley
Stuart Summer Tammy Taylor Terry Tiffany Todd Tracy Travis Trevor Tyler Valerie Vanessa Vernon
Wayne Wendy Zachary Zoey Mathéo Noé Louis-Emil Matteo Giovanni Giulia Francesca Alessandro Lorenzo
Marco Paolo Pietro Sofia Chiara Federica Valentina Javier Miguel Pablo Diego Alejandro Carmen Lucia
Sofía Inés José Juan Luis Manuel Rosa Pilar Fernando Jorge Antonio Joaquim Mariana Ana Raquel
Francisco Gustavo Leonardo Rodrigo Bruna Camila Fernanda Gabriela Larissa Thiago Vinicius
Jean Jacques Pierre Philippe Sébastien Julien Mathieu Nicolas Olivier Thierry Yves Amélie Chloé
Élise Juliette Léa Manon Margaux Océane Hans-Jürgen Jürgen Klaus-Peter Uwe Dieter Günter Günther
Helmut Horst Joachim Jörg Jürgen Karl-Heinz Manfred Rüdiger Sabine Ute Wolfgang Ulrike Heike
Birgit Dagmar Frauke Gisela Hannelore Ingrid Jutta Karin Renate Silke Sigrid Ursula Waltraud
# Spelling variants and short forms that are used as given names in Denmark
Cathrine Catrine Katharine Kathrin Katrin Karoline Carolina Kristina Christina Kristine Christine
Kirstine Christiane Krista Christa Kamilla Cæcilie Cecillie Sofia Sophia Matilde Mathilda Josephine
Frederikka Nicoline Nikoline Nicolaj Nikolaj Kristofer Kristoffer Christoffer Michel Mikael Teodor
Viktor Victor Matias Mattias Matthias Marcus Markus Lucas Lukas Casper Kasper Jasper Niclas Nicklas
Nikolas Kennet Yannick Jannick Jannik Denis Bryan Tomas Anett Jeanett Jannette Susann Susie Sussie
Lovise Luise Louisa Laerke Signy Katia Tania Sanna Maija Maya Freia Mikki Nicki Ricki Kenni Jonny
Sanny Lotta Kris Titte Sus Lis Lisse Lissie Lone Mette Lene Helle Tine Trine Dorte Gitta Jytte Hanna
Benthe Bettina Birgitta Brigitta Brigitte Annemette Anne-Lene Anne-Kathrine Cristine Kirsa Majbrit
Maibrit Marianne Mariane Merete Merethe Pernille Pia Rikke Ulla Vibeke Winnie Yvonne Charlotte
# Older Danish names
Adolph Alvilde Amandus Anine Ansine Bendine Bolette Christence Elvine Gjertrud Hedvig Johanne
Laurine Nielsine Petrine Severine Sidsel Thomine Sophus Thorvald Kresten Ejvind Ingvard Anthon
Marinus Jeppe Christopher Frederich Laust Mette-Kirstine Ane-Kirstine Karen-Kirstine Maren-Kirstine
Kirsten-Marie Johanne-Kirstine Ane-Kathrine Ane-Margrethe Hans-Jacob Jens-Peder Niels-Christian
Peder-Christian Carl-Frederik Jørgen-Peter Aase-Marie Elna-Marie Eli Aksel Alvin Antonette Bertine
Cathrina Dorthe-Marie Ellisiv Elvira Emmerik Gjerta Gunner Hansine Jacobine Jensine Jakobine
Jensigne Karoline-Marie Kirstina Larsine Laurentius Mathilda Mortine Nikolai Olufine Pedersine
Poula Rasmine Sørine Thora Trine-Marie Valborg Andrea-Marie Arnoldine Edvardine Frederikke-Marie
Hilmar Ingolf Lauritz Lavst Mads-Peter Otto-Emil Peter-Christian Sophus-Emil Theodora Valdemar
# Men's names of the 20th century
Aage Ejnar Ernst Evald Folmer Gunnar Helge Henning Herluf Ib Jørn Kaj Leif Mogens Orla Ove Preben
Svend Tage Vagn Verner Bent Finn Flemming Jan John Keld Kjeld Kurt Palle Per Steen Sten Torben Allan
Bjarne Carsten Claus Klaus Frank Henrik Kim Michael Morten René Rene Brian Dennis Jacob Kenneth
Martin Nicolai Rasmus Jesper Jimmi Johnny Lasse Ulrik Uffe Tommy Torsten Tonny Tommi Bjørn Benny
Arne Åge Ole Poul Hans Jens Niels Peder Lars Søren Knud Erik Erling Egon Einar Ejgil Ejler Elmer
Gert Gerhard Gorm Hardy Harry Holger Hugo Ivan Ivar Jens-Erik Jon Jørgen Karl Kaare Kai Knud-Erik
Kristen Laurids Leo Leon Mads Max Nils Ole-Jørgen Orla Otto Paul Peer Poul-Erik Preben Robert Rolf
Rudolf Sigurd Steffen Sune Svenning Teddy Thorkild Tom Tonni Troels Villy Werner Willy Walther
# Women's names of the 20th century
Agnete Anna Anne Annette Astrid Benedikte Bente Birgit Birte Birthe Bodil Britt Connie Dagmar Dorrit
Edith Ella Ellen Else Elsebeth Emmy Erna Esther Eva Gerda Grethe Gudrun Gurli Hanne Helga Helle Henny
Inga Inge Ingeborg Inger Ingrid Irene Jane Jette Jonna Jytte Karen Karin Kirsten Lene Lilian Lilly
Linda Lis Lisa Lisbeth Lise Lone Lotte Ly Magda Margit Margrethe Maria Marianne Marie Mary Merete
Minna Mona Nina Pia Ragnhild Rigmor Rita Ruth Signe Sonja Susanne Tove Tina Ulla Vera Vibeke Vivi
Yrsa Aase Åse Anni Annie Anny Berit Bitten Conny Dorthe Elin Elly Elna Gitte Gry Hella Hjørdis Jenny
Kamma Kate Kathe Kitty Lillian Lisette Mette Mie Mille Naja Nanna Nelly Pernille Rikke Rose Sanne
Sidsel Tenna Tenna Tinna Trine Ulrikke Ute Vita Winni Winnie Aja Alice Alis Benedicte Camilla
# More modern Danish names (boys)
Adrian Ahmad Albin Alex Alfons Ali Anker Ansgar Arlo Arvid Asbjørn Ask Aske Atlas Axel Basse Birk
Bjarke Bo Bror Bue Buster Caspar Cornelius Cæsar Dagfinn Eik Eigil Ejlif Eliot Elton Enok Erik
Esben Eskild Evan Ferdinand Filip Finn Frode Gunnar Gustav Hannibal Hector Hektor Hjalte Iver
Jacob Janus Jens Jeppe Jon Jonatan Kai Karl Kasper Kian Knud Lauritz Leo Levi Lionel Luca Malik
Marcel Mathias Mattis Max Milas Mingus Nikolaj Nils Noa Olaf Oskar Otto Palle Pelle Peter Phillip
Rasmus Rune Sander Sebastian Sigge Simon Snorre Sofus Storm Svend Tage Teis Thorvald Timian Toke
Tony Tore Troels Tue Ture Ulrik Valentin Vilhelm Villum Vitus Werner Zakarias Zacharias Zander
Albert Alexander Anders Andreas Benjamin Bertil Carl Christoffer Daniel David Ebbe Emil Felix
Frederik Gabriel Hugo Isak Jakob Johan Jonas Julian Kristian Leon Liam Ludvig Magnus Marius Mikkel
Milo Nicklas Oliver Oscar Patrick Rasmus Silas Theo Theodor Tobias Victor Vincent Walter William
# More modern Danish names (girls)
Agnes Alberta Alexandra Alma Amalie Amanda Andrea Anna Anne Annika Ellen Asta Astrid Aya Carla
Caroline Cecilie Clara Dagmar Dicte Ditte Ea Ebba Eja Elisabeth Ella Ellie Elna Emilie Emma Esther
Eva Filippa Frederikke Freja Frida Gry Hannah Helena Ida Ingrid Isabella Isabel Johanne Josefine
Julie Karla Karoline Katrine Laura Lea Lilje Liv Liva Lotus Lucia Luna Lykke Lærke Maja Malou Marie
Mathilde Merle Mette Mia Mille Molly Naja Nanna Nicoline Nina Nohr Nora Olivia Rosa Rosalina Ronja
Saga Sara Selma Signe Silje Sofia Sofie Solvej Stella Thea Tilde Vera Victoria Vigga Vilma Vita
Viola Wilma Ylva Yrsa Alva Amy Bella Bonnie Cille Dina Elvira Emmy Fie Gaia Ilse Jasmin Kamille Kaya
Liana Lilli Lulu Malia Meja Mynte Naia Noor Nova Olga Ofelia Petra Rigmor Siff Sigrid Silke Sille
Smilla Solveig Svea Tyra Ulla Una Uma Vilja Wiola Zenia Zoe Elisa Elin Ester Lucca Maya Nola Tinka
# Still more first names: older Danish names, modern names and names common among newer Danes
Adda Alberthe Almer Andrine Anne-Dorte Anne-Grete Annemone Arnoldus Asgerd Aurelius Bartholomæus
Birgithe Boline Christiern Clausine Conni Dorete Ellis Elsine Emilius Enevold Esbern Frands Fritjof
Gregers Gudmand Gustava Hagbart Halvdan Hansigne Hartvig Henrietta Jochum Jost Lorens Nicolaus
Nikolaus Terkel Anthonius Thøger Volmer Waldemar Vincens Sture Sixtus Orvar Erhard Eluf Elo Eberhard
Frants Jannich Blanche Clementine Eleonora Emmeline Engelke Eugenia Gunvor Hermine Hilleborg
Inger-Lise Jakobe Lizzie Margaretha Nelle Stina Tabita Valdine Karlo Samson Juna Nomi Othilia
Abdelrahman Abdelhadi Abdelkarim Abdulaziz Abdulkarim Abed Abla Adan Afnan Ahlem Aiyub Ameer Amel
Amer Amro Anan Asil Assil Aws Ayat Aymen Baraa Batoul Bayan Belal Dania Dima Doaa Eman Esraa Fajr
Fatme Ghada Hadeel Hadil Hajar Hanaa Haneen Hayder Hind Jad Joud Jumana Kareem Kawthar Lama Lana
Lara Leen Lujain Maha Manar Maram Maysa Mayar Mohanad Muhannad Nahla Nassim Qusay Rahaf Raghad Rama
Randa Rim Ruba Rukaya Saja Sama Samar Sanaa Shahd Sidra Tala Wajd Yamen Yazan Yousra Zain Zeyad
Agnieszka Aleksy Alicja Antoni Bartłomiej Bartlomiej Danuta Elżbieta Elzbieta Filip Franciszek
Gabriela Hubert Igor Iwona Jacek Janina Jerzy Julia Kamila Karol Krystyna Leszek Lucyna Maria Marek
Mariusz Milena Natalia Oliwia Przemysław Przemyslaw Renata Robert Ryszard Stanisław Stanislaw
Teresa Urszula Wiesław Wieslaw Zuzanna Hanna Liliana Nikodem Oskar Stefania Tymon Wiktoria
Ahmet Ali-Reza Arif Aslı Aynur Ayten Baris Barış Bekir Berkay Betül Bilge Cansel Ceren Derya
Ebru Ecrin Efe Eylül Ezgi Fadime Furkan Gülsüm Hamza Hasan Hilal Hüsnü Irem İrem Kaan Melike Mert
Miray Nazlı Nazli Nihat Nuray Oğuz Oguz Ömer Rümeysa Sadık Sadik Selin Sena Şeyma Seyma Sude Tuana
Yağmur Yagmur Yiğit Yigit Yunus Zerrin
Aiko Akane Ayumi Daichi Haruka Haruto Hinata Kaito Ren Riku Sakura Sora Takumi Yui Yuna Yuto
Binh Cuong Dung Giang Hai Hanh Hien Hong Hue Khoa Kim-Anh Lien Loan Mai-Anh Nga Nhung Quynh Son
Tam Thao Thuy Trung Tung Uyen Viet Vy Xuan Yen
Aarav Aditi Aditya Akash Amit Ananya Anjali Arjun Deepak Divya Gaurav Kavya Meera Neha Nikhil Pooja
Rahul Rajesh Rohan Sanjana Shreya Sneha Vikram Vivek
`;
