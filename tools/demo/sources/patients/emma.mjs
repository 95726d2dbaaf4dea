// Emma de Vries (14): constitutioneel eczeem (kinderdermatologie), ADHD
// (kinder- en jeugdpsychiatrie), moeheid en buikpijn (kindergeneeskunde).
// Emma heeft een eigen portaal; haar moeder heeft toegang omdat Emma de
// machtiging mede ondertekende.

export default {
  conditions: [
    { text: 'Constitutioneel eczeem', status: 'active', since: '2019-04-09', by: 'prac-vandam' },
    { text: 'ADHD', status: 'active', since: '2022-03-15', by: 'prac-hoekstra' },
    { text: 'Functionele buikpijn', status: 'resolved', since: '2021-03-23', until: '2022-01-25', by: 'prac-visser' },
  ],
  allergies: [
    {
      substance: 'Nikkel', category: 'environment', criticality: 'low', since: '2023-06-20', by: 'prac-vandam',
      reactions: [{ what: ['Eczeem waar een knoop of sieraad de huid raakt'], severity: 'mild' }],
    },
  ],
  vaccinations: [
    { vaccine: 'DKTP-Hib-HepB', dose: 1, date: '2012-04-23', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'Pneu', dose: 1, date: '2012-04-23', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'DKTP-Hib-HepB', dose: 2, date: '2012-05-21', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'DKTP-Hib-HepB', dose: 3, date: '2012-06-25', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'Pneu', dose: 2, date: '2012-06-25', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'DKTP-Hib-HepB', dose: 4, date: '2013-01-21', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'Pneu', dose: 3, date: '2013-01-21', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'BMR', dose: 1, date: '2013-04-22', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'MenC', dose: 1, date: '2013-04-22', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'DKTP', series: 'DKTP', dose: 5, date: '2016-03-07', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'DTP', series: 'DKTP', dose: 6, date: '2021-03-15', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'BMR', dose: 2, date: '2021-03-15', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'HPV', dose: 1, date: '2022-04-11', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'HPV', dose: 2, date: '2022-10-10', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'MenACWY', date: '2026-05-12', notGiven: 'Koorts op de dag van de vaccinatie; een nieuwe afspraak is gemaakt', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'MenACWY', dose: 1, date: '2026-06-09', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
  ],
  reports: [
    {
      date: '2019-04-09 14:10', author: 'prac-vandam', contact: 'AMB', title: 'Eerste consult eczeem',
      text: `
        Anamnese:
        Zevenjarig meisje met sinds de zuigelingenleeftijd jeukende huidafwijkingen, de laatste maanden toegenomen. Krabt 's nachts, slaapt slecht, op school moe. Behandeld door de huisarts met hydrocortisonacetaatcrème 1% met weinig effect. Broertje heeft astma, moeder had eczeem als kind.

        Lichamelijk onderzoek:
        Droge huid. Erythemateuze, gelichenificeerde plaques in de elleboog- en knieholtes, polsen en hals, met excoriaties. Geen tekenen van secundaire infectie. SCORAD 38 (matig-ernstig).

        Conclusie:
        Constitutioneel eczeem (atopische dermatitis), matig-ernstig, onvoldoende behandeld.

        Beleid:
        Uitleg over eczeem en het belang van dagelijks vette crème (emolliëntia): cetomacrogolcrème minstens tweemaal daags. Triamcinolonacetonide crème 0,1% (klasse 2 corticosteroïd) eenmaal daags op de actieve plekken gedurende twee weken, daarna afbouwen. Korte nagels, katoenen kleding. Eczeemverpleegkundige geeft smeerinstructie. Controle over zes weken.
      `,
    },
    {
      date: '2019-07-02 10:30', author: 'prac-vandam', contact: 'AMB', title: 'Controle eczeem',
      text: `
        Anamnese:
        Duidelijke verbetering. Emma smeert zelf mee en vindt het niet meer vervelend. Slaapt beter, jeuk alleen nog bij warm weer en na het zwemmen. Moeder houdt een smeerschema bij.

        Lichamelijk onderzoek:
        Nog lichte roodheid en schilfering in beide elleboogplooien, geen lichenificatie meer. Overige huid soepel. SCORAD 14.

        Conclusie:
        Constitutioneel eczeem, goed reagerend op lokale therapie.

        Beleid:
        Overstap naar proactieve onderhoudsbehandeling: triamcinolonacetonide crème tweemaal per week (weekendtherapie) op de plekken waar vaak eczeem zit, ook als de huid rustig lijkt. Dagelijks blijven smeren met cetomacrogolcrème, ook na het zwemmen. Bij een opvlamming weer dagelijks smeren volgens het stappenplan. Controle over een jaar, eerder bij problemen.
      `,
    },
    {
      date: '2020-05-19 16:20', author: 'prac-vandam', contact: 'VR', type: 'note', title: 'Telefonisch consult: geïnfecteerd eczeem',
      text: `
        Telefonisch consult met moeder, met foto's via het portaal.

        Anamnese:
        Sinds vier dagen natte, gele korstjes op het eczeem in de hals en achter de oren. Meer jeuk, niet ziek, geen koorts. Eczeem elders rustig onder het onderhoudsschema.

        Bevindingen op de foto's:
        Erythemateuze plaques met honinggele korsten in de hals en retro-auriculair, passend bij impetiginisatie van het eczeem.

        Conclusie:
        Secundaire impetiginisatie van constitutioneel eczeem, waarschijnlijk door Staphylococcus aureus.

        Beleid:
        Fusidinezuurcrème 2% driemaal daags gedurende zeven dagen op de korstjes, daarna weer triamcinolonacetonide crème volgens het schema. Handen goed wassen, eigen handdoek. Bij koorts, snelle uitbreiding of blaasjes (eczema herpeticum) dezelfde dag contact opnemen. Geen controle nodig als het binnen een week geneest.
      `,
    },
    {
      date: '2021-03-23 11:40', author: 'prac-visser', contact: 'AMB', title: 'Analyse moeheid en buikpijn',
      text: `
        Anamnese:
        Negenjarig meisje met sinds een half jaar moeheid en buikpijn rond de navel, vooral op schooldagen. Geen diarree, geen gewichtsverlies, normale ontlasting. Eet weinig vlees. Concentratieproblemen op school; de leerkracht vindt haar dromerig en snel afgeleid.

        Lichamelijk onderzoek:
        Lengte en gewicht op P25, conform de eerdere groeicurve. Bleek. Buik soepel, geen drukpijn, geen organomegalie. Eczeem rustig.

        Aanvullend onderzoek:
        Hb 7,0 mmol/L, ferritine 9 µg/L (laag). Anti-tTG negatief. TSH normaal.

        Conclusie:
        Ijzergebrek zonder anemie, waarschijnlijk door ijzerarme voeding. Functionele buikpijn. Concentratieproblemen; dd vermoeidheid door ijzergebrek, ADHD, leerprobleem.

        Beleid:
        Ferrofumaraat drank gedurende drie maanden, dieetadvies. Uitleg over functionele buikpijn. Als de concentratieproblemen aanhouden na het herstel van het ijzergebrek, verwijzing naar de kinder- en jeugdpsychiatrie via de huisarts.
      `,
    },
    {
      date: '2022-01-25 13:00', author: 'prac-hoekstra', contact: 'AMB', title: 'Intake Kinder- en jeugdpsychiatrie',
      text: `
        Aanmelding:
        Verwezen door de huisarts wegens aanhoudende concentratieproblemen, ondanks herstel van het ijzergebrek.

        Anamnese (met moeder en Emma):
        Emma (9) is snel afgeleid, verliest spullen, vergeet huiswerk en dagdroomt. Thuis chaotisch bij het aankleden; geen opvallend druk gedrag. Sociaal gaat het goed, ze heeft vriendinnen. Slaapt laat in door piekeren. Ontwikkeling normaal verlopen. Vader had op school dezelfde problemen.

        Observatie:
        Vriendelijk, praat vlot, wiebelt op de stoel en springt van onderwerp naar onderwerp. Stemming neutraal.

        Conclusie:
        Aandachts- en concentratieproblemen sinds de kleuterleeftijd in meerdere situaties; dd ADHD (overwegend onoplettend beeld), angststoornis, dyslexie.

        Beleid:
        Vragenlijsten (SDQ, ADHD-vragenlijst voor ouders en leerkracht), psychodiagnostisch onderzoek en een schoolobservatie. Over zes weken adviesgesprek.
      `,
    },
    {
      date: '2022-03-15 14:30', author: 'prac-hoekstra', contact: 'AMB', title: 'Adviesgesprek: diagnose ADHD',
      text: `
        Uitslagen onderzoek:
        Ouder- en leerkrachtvragenlijsten scoren klinisch verhoogd op aandachtstekort, niet op hyperactiviteit. Intelligentieonderzoek: gemiddelde intelligentie met een zwakke verwerkingssnelheid. Geen aanwijzingen voor dyslexie of een angststoornis. Schoolobservatie: vaak afgeleid, werk blijft onaf.

        Conclusie:
        ADHD, overwegend onoplettend beeld.

        Psycho-educatie:
        Uitleg over ADHD aan Emma en moeder, met een brochure. Tips voor structuur thuis en op school (planbord, pictogrammen, vaste routines).

        Beleid:
        Ouders kiezen naast oudertraining voor een proefbehandeling met methylfenidaat 5 mg tweemaal daags, op te hogen naar 10 mg tweemaal daags. Vooraf gemeten: bloeddruk 104/64 mmHg, pols 82/min, lengte en gewicht op P25. Bijwerkingen besproken: minder eetlust, inslaapproblemen, hoofdpijn, buikpijn. Telefonische evaluatie over zes weken, met vragenlijsten van school.
      `,
    },
    {
      date: '2022-05-10 15:45', author: 'prac-hoekstra', contact: 'VR', type: 'note', title: 'Telefonische evaluatie methylfenidaat',
      text: `
        Telefonisch consult met moeder.

        Anamnese:
        Op school duidelijk beter: de leerkracht ziet een rustiger meisje dat haar werk afmaakt. Nadelen: 's middags weinig eetlust, en rond vier uur prikkelbaar en huilerig als de werking uitgewerkt is (rebound). Inslapen duurt een uur. Gewicht volgens moeder stabiel.

        Conclusie:
        ADHD, goed effect van methylfenidaat op de aandacht. Bijwerkingen: verminderde eetlust en rebound in de namiddag.

        Beleid:
        Overstappen van kortwerkend methylfenidaat 10 mg naar methylfenidaat met verlengde afgifte 18 mg eenmaal daags 's ochtends. Stevig ontbijt voor de inname en een extra maaltijd in de avond. Slaaphygiëne besproken. Controle op de polikliniek over zes maanden met meting van bloeddruk, pols, lengte en gewicht.
      `,
    },
    {
      date: '2022-11-08 09:30', author: 'prac-hoekstra', contact: 'AMB', title: 'Controle ADHD en methylfenidaat',
      text: `
        Anamnese:
        Methylfenidaat met verlengde afgifte 18 mg werkt tot ongeveer twee uur 's middags; daarna wordt huiswerk maken lastig. Geen rebound meer, eetlust redelijk. Inslapen gaat beter na de afspraken over schermgebruik. Oudertraining afgerond.

        Lichamelijk onderzoek:
        Bloeddruk 108/66 mmHg, pols 86/min. Lengte P25, gewicht van P25 naar P20.

        Conclusie:
        ADHD, overwegend onoplettend beeld, goed reagerend op methylfenidaat. Lichte gewichtsdaling, nog acceptabel.

        Beleid:
        Ophogen naar methylfenidaat met verlengde afgifte 27 mg. Gewicht over drie maanden controleren bij de praktijkondersteuner; bij verdere daling kiezen we voor een medicatiepauze in het weekend. Controle polikliniek over een half jaar.
      `,
    },
    {
      date: '2023-06-20 10:50', author: 'prac-vandam', contact: 'AMB', title: 'Opvlamming eczeem',
      text: `
        Anamnese:
        Sinds het voorjaar meer eczeem in de elleboogplooien, de hals en rond de ogen, met veel jeuk. Emma is gestopt met het onderhoudsschema omdat het smeren haar te veel tijd kost in de ochtend. Slaapt slechter. Hooikoorts in het voorjaar.

        Lichamelijk onderzoek:
        Erythemateuze, geëxcorieerde plaques in de elleboog- en knieholtes en in de hals; lichte lichenificatie. Periorbitaal droog eczeem. SCORAD 32.

        Conclusie:
        Opvlamming van constitutioneel eczeem door onvoldoende onderhoudsbehandeling.

        Beleid:
        Opnieuw starten met triamcinolonacetonide crème dagelijks gedurende twee weken, daarna proactief tweemaal per week. Rond de ogen een mild corticosteroïd (hydrocortisonacetaatcrème) voor korte tijd. Samen met Emma een haalbaar smeerplan gemaakt: vette crème 's avonds na het douchen. Bij onvoldoende effect volgt systemische therapie. Controle over een jaar.
      `,
    },
    {
      date: '2024-03-26 15:15', author: 'prac-hoekstra', contact: 'AMB', title: 'Controle ADHD in de brugklas',
      text: `
        Anamnese (eerst met Emma alleen, daarna met moeder):
        Emma zit in de brugklas havo en vindt het plannen van huiswerk met meerdere vakken moeilijk. Ze gebruikt de planner van school. Op de tweede helft van de dag werkt de medicatie onvoldoende. Ze heeft een eigen account voor het portaal en heeft de machtiging voor haar moeder mede ondertekend. Geen middelengebruik, geen somberheid.

        Lichamelijk onderzoek:
        Bloeddruk 114/70 mmHg, pols 84/min. Lengte P25, gewicht P25.

        Conclusie:
        ADHD, overwegend onoplettend beeld; toegenomen eisen in het voortgezet onderwijs.

        Beleid:
        Ophogen naar methylfenidaat met verlengde afgifte 36 mg 's ochtends. Mentor van school wordt met toestemming van Emma geïnformeerd over ondersteuning bij plannen. Coaching bij planning via de schoolbegeleider. Controle over een half jaar.
      `,
    },
    {
      date: '2025-02-11 11:20', author: 'prac-vandam', contact: 'AMB', title: 'Jaarcontrole eczeem',
      text: `
        Anamnese:
        Het smeerplan houdt Emma goed vol. In de winter meer jeuk aan de handen door het fietsen in de kou. Geen infecties gehad. De eczeemvragenlijst in het portaal geeft een mild eczeem aan.

        Lichamelijk onderzoek:
        Lichte droogheid en schilfering van de handruggen, enkele kloven. Elleboogplooien rustig. SCORAD 12.

        Conclusie:
        Constitutioneel eczeem, mild en goed gecontroleerd onder proactieve behandeling. Handeczeem bij kou.

        Beleid:
        Triamcinolonacetonide crème tweemaal per week continueren; op de handen bij kloven tijdelijk dagelijks. Handschoenen bij het fietsen, vaker vette crème op de handen. Systemische therapie (zoals dupilumab) is niet nodig. Controle over een jaar, eerder bij een opvlamming.
      `,
    },
    {
      date: '2025-09-16 14:00', author: 'prac-hoekstra', contact: 'AMB', title: 'Evaluatie stoppoging methylfenidaat',
      text: `
        Anamnese (Emma en moeder):
        In de zomervakantie vier weken zonder methylfenidaat, zoals afgesproken. Emma merkte dat ze chaotischer was en dingen vergat; bij de start van het nieuwe schooljaar is ze weer begonnen. Ze wil de medicatie graag houden. Inslapen duurt lang, soms pas na middernacht, ook in het weekend.

        Lichamelijk onderzoek:
        Bloeddruk 116/72 mmHg, pols 80/min. Lengte en gewicht langs de P25.

        Conclusie:
        ADHD met blijvende indicatie voor methylfenidaat. Inslaapproblemen, deels passend bij een verschoven slaapritme in de puberteit, deels door methylfenidaat.

        Beleid:
        Methylfenidaat met verlengde afgifte 36 mg voortzetten. Melatonine 1 mg, een uur voor de gewenste slaaptijd, gedurende maximaal drie maanden, met slaaphygiëneadviezen (geen scherm na 22.00 uur). Controle over een half jaar.
      `,
    },
    {
      date: '2026-10-06 16:30', author: 'prac-hoekstra', contact: 'VR', type: 'note', title: 'Telefonisch consult ADHD',
      text: `
        Telefonisch consult met Emma, met haar toestemming daarna kort met moeder.

        Anamnese:
        Het gaat goed in de derde klas; cijfers voldoende, plannen gaat beter met de planner. Methylfenidaat 36 mg werkt goed, eetlust voldoende. Melatonine is na drie maanden gestopt; inslapen gaat nu binnen een half uur. Geen hartkloppingen of hoofdpijn. Emma heeft de vragenlijst kwaliteit van leven nog niet ingevuld.

        Conclusie:
        ADHD, overwegend onoplettend beeld, stabiel onder methylfenidaat.

        Beleid:
        Methylfenidaat ongewijzigd. Poliklinische controle met bloeddruk, pols, lengte en gewicht over twee maanden. Emma wil in de zomer opnieuw een stoppoging doen; dat bespreken we bij de volgende afspraak. Emma vult voor het bezoek de vragenlijst kwaliteit van leven in het portaal in.
      `,
    },
  ],

  letters: [
    {
      date: '2019-04-11 09:00', author: 'prac-vandam', format: 'html', title: 'Brief aan huisarts: constitutioneel eczeem',
      html: `
        <p>Uw patiënte Emma bezocht de polikliniek Kinderdermatologie wegens <strong>matig-ernstig constitutioneel eczeem</strong> (SCORAD 38).</p>
        <p>Ingezet beleid:</p>
        <ul>
          <li>Cetomacrogolcrème minstens tweemaal daags op de hele huid.</li>
          <li>Triamcinolonacetonide crème 0,1% eenmaal daags op actieve plekken gedurende twee weken, daarna afbouwen.</li>
          <li>Smeerinstructie door de eczeemverpleegkundige.</li>
        </ul>
        <p>Wij zien Emma over zes weken terug.</p>
      `,
    },
    {
      date: '2022-03-17 08:40', author: 'prac-hoekstra', title: 'Brief aan huisarts: diagnose ADHD',
      text: `
        Uw patiënte Emma (10 jaar) is onderzocht op onze polikliniek wegens aandachts- en concentratieproblemen.

        Op grond van de anamnese, vragenlijsten van ouders en school, psychodiagnostisch onderzoek en een schoolobservatie stelden wij de diagnose ADHD, overwegend onoplettend beeld. Er zijn geen aanwijzingen voor dyslexie of een angststoornis.

        Na psycho-educatie is gestart met methylfenidaat 5 mg tweemaal daags, op te hogen naar 10 mg tweemaal daags, naast oudertraining. Uitgangswaarden: bloeddruk 104/64 mmHg, pols 82/min, lengte en gewicht op P25.

        De controles en voorschriften verlopen via onze polikliniek.
      `,
    },
    {
      date: '2025-02-13 10:10', author: 'prac-vandam', format: 'pdf', title: 'Brief aan huisarts na jaarcontrole eczeem',
      text: `
        Emma kwam voor de jaarlijkse controle van haar constitutioneel eczeem. Onder proactieve behandeling met triamcinolonacetonide crème tweemaal per week en dagelijks emolliëntia is het eczeem mild en goed gecontroleerd (SCORAD 12).

        In de winter heeft zij handeczeem met kloven door kou. Wij adviseerden handschoenen en tijdelijk dagelijks triamcinolonacetonide op de handen.

        Systemische therapie is niet nodig. Controle over een jaar.
      `,
    },
    {
      date: '2025-09-18 09:25', author: 'prac-hoekstra', title: 'Brief aan huisarts: voortzetting methylfenidaat',
      text: `
        Emma (13 jaar) deed in de zomervakantie een stoppoging met methylfenidaat. Zonder medicatie namen de concentratieproblemen duidelijk toe; er blijft een indicatie voor behandeling.

        Wij zetten methylfenidaat met verlengde afgifte 36 mg voort. Voor de inslaapproblemen is tijdelijk melatonine 1 mg voorgeschreven, met slaaphygiëneadviezen.

        Bloeddruk (116/72 mmHg), pols en groei zijn normaal. Controle over een half jaar.
      `,
    },
  ],

  referrals: [
    {
      date: '2019-03-05 11:30', gp: 'prac-hendriks', service: 'svc-kinderdermatologie', format: 'docx', title: 'Verwijzing Kinderdermatologie: eczeem',
      text: `
        Reden van verwijzing:
        Meisje van zeven jaar met uitgebreid eczeem, ondanks hydrocortisonacetaatcrème 1% en vette crème. Slaapt slecht door jeuk.

        Vraagstelling:
        Graag beoordeling en behandelplan, eventueel smeerinstructie.

        Familie:
        Broertje astma, moeder eczeem in de jeugd.

        Medicatie:
        Hydrocortisonacetaatcrème 1%, cetomacrogolcrème.
      `,
    },
    {
      date: '2021-12-07 09:45', gp: 'prac-hendriks', service: 'svc-kinderpsychiatrie', title: 'Verwijzing Kinder- en jeugdpsychiatrie: concentratieproblemen',
      text: `
        Reden van verwijzing:
        Meisje van negen jaar met concentratieproblemen op school en thuis, al sinds groep 3. Dromerig, vergeetachtig. Het ijzergebrek dat de kinderarts vond is hersteld, de klachten zijn gebleven.

        Vraagstelling:
        Graag diagnostiek: ADHD? Leerprobleem?

        Medicatie:
        Cetomacrogolcrème, triamcinolonacetonide crème zo nodig.
      `,
    },
  ],

  goals: [
    { text: 'Eczeem rustig houden met het smeerplan', status: 'active', achievement: 'sustaining', start: '2023-06-20', due: '2027-02-01', by: 'prac-vandam', note: 'Vette crème elke avond na het douchen, ontstekingsremmende crème op maandag en donderdag.' },
    { text: 'Zelf je huiswerk plannen met de planner', status: 'active', achievement: 'improving', start: '2024-03-26', due: '2027-07-01', by: 'prac-hoekstra' },
    { text: 'Binnen een half uur in slaap vallen', status: 'completed', achievement: 'achieved', start: '2025-09-16', due: '2026-03-16', by: 'prac-hoekstra' },
    { text: 'Gewicht blijft langs de P25 tijdens methylfenidaat', status: 'active', achievement: 'achieved', start: '2022-11-08', due: '2027-11-08', by: 'prac-hoekstra' },
    { text: 'Zelf de crèmes smeren zonder hulp', status: 'completed', achievement: 'achieved', start: '2019-04-09', due: '2020-04-09', by: 'prac-vandam' },
  ],

  medications: [
    {
      name: 'Methylfenidaat tablet met gereguleerde afgifte 36 mg', atc: 'N06BA04', atcName: 'methylphenidate', status: 'active', since: '2026-10-06', by: 'prac-hoekstra', reason: 'ADHD',
      dose: { text: "1x per dag 1 tablet, 's ochtends bij het ontbijt", value: 1, unit: 'tablet', frequency: 1 }, repeats: 0,
    },
    {
      name: 'Methylfenidaat tablet 10 mg', atc: 'N06BA04', atcName: 'methylphenidate', status: 'stopped', since: '2022-03-15', by: 'prac-hoekstra', reason: 'ADHD',
      dose: { text: "2x per dag 1 tablet ('s ochtends en tussen de middag)", value: 1, unit: 'tablet', frequency: 2 },
      stopReason: 'Gestopt wegens bijwerkingen (weinig eetlust en prikkelbaar aan het eind van de middag); overgestapt op een tablet met verlengde afgifte',
    },
    {
      name: 'Triamcinolonacetonide crème 1 mg/g', atc: 'D07AB09', atcName: 'triamcinolone', status: 'active', since: '2025-02-11', by: 'prac-vandam', reason: 'Constitutioneel eczeem',
      dose: { text: '2x per week (maandag en donderdag) dun aanbrengen op de eczeemplekken', route: 'cutaan' }, repeats: 2,
    },
    {
      name: 'Cetomacrogolcrème FNA', status: 'active', since: '2025-02-11', by: 'prac-vandam', reason: 'Droge huid',
      dose: { text: '2x per dag op de hele huid', frequency: 2, route: 'cutaan' }, repeats: 5,
    },
    {
      name: 'Hydrocortisonacetaat crème 10 mg/g', atc: 'D07AA02', atcName: 'hydrocortisone', status: 'stopped', since: '2023-06-20', by: 'prac-vandam',
      dose: { text: '1x per dag dun rond de ogen, maximaal 2 weken', frequency: 1, route: 'cutaan' },
    },
    {
      name: 'Melatonine tablet 1 mg', atc: 'N05CH01', atcName: 'melatonin', status: 'completed', since: '2025-09-16', until: '2025-12-16', by: 'prac-hoekstra', reason: 'Inslaapproblemen',
      dose: { text: '1x per dag 1 tablet, een uur voor het slapen', value: 1, unit: 'tablet', frequency: 1 },
    },
    {
      name: 'Fusidinezuur crème 20 mg/g', atc: 'D06AX01', atcName: 'fusidic acid', status: 'completed', since: '2020-05-19', until: '2020-05-26', by: 'prac-vandam', reason: 'Geïmpetiginiseerd eczeem',
      dose: { text: '3x per dag op de korstjes, 7 dagen', frequency: 3, route: 'cutaan' },
    },
  ],

  vitals: [
    { kind: 'weight', growth: { z: -0.55 }, dates: { from: '2019-04-09', to: '2026-10-06', count: 12 } },
    { kind: 'height', growth: { z: -0.6 }, dates: { from: '2019-04-09', to: '2026-10-06', count: 12 } },
    { kind: 'bloodPressure', dates: { from: '2022-03-15', to: '2026-09-29', count: 10 }, systolic: [104, 116], diastolic: [64, 72], noise: 3, at: { '2022-03-15': [104, 64], '2024-03-26': [114, 70] } },
    { kind: 'heartRate', dates: { from: '2022-03-15', to: '2026-09-29', count: 10 }, value: [84, 80], sd: 4 },
  ],

  labs: {
    preliminaryFrom: '2026-09-29',
    panels: [
      {
        name: 'Bloedbeeld en ijzer',
        dates: ['2021-03-16', '2021-07-06', '2022-03-08', '2022-11-01', '2023-06-13', '2024-03-19', '2025-02-04', '2025-09-09', '2026-09-29'],
        tests: {
          hb: { values: [7.0, 7.5, 7.6, 7.7, 7.9, 8.0, 7.9, 8.1, 8.2] },
          ferritine: { values: [9, 26, 31, 28, 24, 33, 29, 36, 38] },
          leuko: 6.8,
          alat: [14, 17],
        },
      },
      { name: 'Allergie en eczeem', dates: ['2019-04-02', '2023-06-13', '2025-02-04'], tests: { ige: { values: [480, 910, 620] }, eos: { values: [0.72, 0.81, 0.48] } } },
      { name: 'Schildklier en vitamine D', dates: ['2021-03-16', '2024-03-19', '2026-09-29'], tests: { tsh: [2.2, 1.9], vitd: { values: [41, 63, 58] } } },
    ],
    extra: [
      { date: '2021-03-16', panel: 'Coeliakiescreening', test: 'ttg', valueString: 'Negatief (< 7 U/mL)' },
    ],
  },

  questionnaires: [
    { questionnaire: 'q-eczeem-poem', status: 'completed', authored: '2025-02-03 17:20', author: 'patient', answers: { jeuk: 'dagen-3-4', slaap: 'dagen-1-2', kloven: 'dagen-3-4', smeren: 'dagen-1-2', toelichting: 'Vooral jeuk aan mijn handen als ik naar school fiets.' } },
    { questionnaire: 'q-eczeem-poem', status: 'completed', authored: '2026-02-01 20:45', author: 'patient', answers: { jeuk: 'dagen-1-2', slaap: 'dagen-0', kloven: 'dagen-0', smeren: 'dagen-1-2' } },
    { questionnaire: 'q-kwaliteit-van-leven-kind', status: 'in-progress', authored: '2026-10-06 17:00' },
  ],

  appointments: [
    { status: 'fulfilled', start: '2026-02-10 15:40', minutes: 15, service: 'svc-kinderdermatologie', with: 'prac-vandam', description: 'Jaarcontrole polikliniek Kinderdermatologie' },
    { status: 'fulfilled', start: '2026-05-12 16:00', minutes: 20, service: 'svc-kinderpsychiatrie', with: 'prac-hoekstra', description: 'Controle polikliniek Kinder- en jeugdpsychiatrie' },
    { status: 'fulfilled', start: '2026-10-06 16:30', minutes: 15, service: 'svc-kinderpsychiatrie', with: 'prac-hoekstra', location: null, description: 'Telefonisch consult Kinder- en jeugdpsychiatrie' },
    { status: 'cancelled', start: '2026-11-03 08:30', minutes: 10, service: 'svc-kindergeneeskunde', location: 'loc-linde-bloedafname', description: 'Bloedafname', cancelReason: 'Niet meer nodig: bloed is al afgenomen bij de vorige controle' },
    { status: 'booked', start: '2026-11-10 15:45', minutes: 15, service: 'svc-kinderdermatologie', with: 'prac-vandam', description: 'Controle polikliniek Kinderdermatologie', comment: 'Op de dag van het bezoek geen crème smeren op de plekken die de arts moet zien.' },
    { status: 'booked', start: '2026-12-01 16:15', minutes: 20, service: 'svc-kinderpsychiatrie', with: 'prac-hoekstra', description: 'Controle ADHD met meting bloeddruk, pols, lengte en gewicht' },
    { status: 'proposed', start: '2027-01-26 16:00', minutes: 30, service: 'svc-kinderpsychiatrie', with: 'prac-hoekstra', description: 'Gesprek over een nieuwe stoppoging methylfenidaat' },
  ],

  threads: [
    {
      topic: 'Crème en zwemmen', service: 'svc-kinderdermatologie',
      messages: [
        { sent: '2025-06-10 18:30', from: 'patient', text: 'Hoi, ik ga deze zomer elke week zwemmen met school. Moet ik dan voor of na het zwemmen smeren? Mijn huid wordt heel droog van het chloor. Groetjes Emma' },
        {
          sent: '2025-06-11 13:05', from: 'prac-vandam', text: 'Hoi Emma, goede vraag! Smeer een half uur voor het zwemmen een laagje vette crème, dat beschermt tegen het chloor. Na het zwemmen kort afspoelen, droogdeppen en meteen weer vette crème smeren. De ontstekingsremmende crème gewoon op je vaste dagen. Ik stuur je smeerschema mee. Groet, dokter Van Dam',
          attachments: [{
            title: 'Smeerschema zwemmen',
            text: `
              Voor het zwemmen: een half uur van tevoren een dun laagje vette crème op armen, benen en gezicht.

              Na het zwemmen: kort afspoelen onder de douche, huid droogdeppen (niet wrijven) en binnen drie minuten weer vette crème smeren.

              Ontstekingsremmende crème (triamcinolonacetonide): alleen op de rode, jeukende plekken, op maandag, woensdag en vrijdag, zoals in het smeerplan.

              Wordt de huid erger, nat of pijnlijk? Bel de polikliniek Kinderdermatologie.
            `,
          }],
          refers: [{ type: 'DocumentReference', id: 'emma-letter-3', display: 'Brief aan huisarts na jaarcontrole eczeem' }],
        },
      ],
    },
    {
      topic: 'Methylfenidaat op schoolreis', service: 'svc-kinderpsychiatrie',
      messages: [
        { sent: '2025-09-30 21:02', from: 'auth-sanne-emma', text: 'Emma gaat volgende week twee dagen op schoolreis. Moet zij haar methylfenidaat dan gewoon nemen, en mag de docent de tabletten bewaren? Met vriendelijke groet, Sanne de Vries (moeder)' },
        { sent: '2025-10-01 11:48', from: 'prac-hoekstra', text: 'Beste mevrouw De Vries, Emma kan haar methylfenidaat gewoon elke ochtend nemen. Geef de tabletten in de originele verpakking aan de begeleidende docent, met een kopie van het medicatieoverzicht van de apotheek. Met vriendelijke groet, R. Hoekstra' },
      ],
    },
    {
      topic: 'Wie kan mijn berichten lezen?', service: 'svc-kinderpsychiatrie',
      messages: [
        { sent: '2026-10-20 22:14', from: 'patient', text: 'Kan mijn moeder zien wat ik hier schrijf? Ik wil iets vragen over mijn medicijnen zonder dat zij het leest.' },
        { sent: '2026-10-21 09:36', from: 'prac-hoekstra', text: 'Hoi Emma, omdat jij de machtiging voor je moeder hebt getekend, kan zij jouw dossier en berichten in het portaal zien. Wil je iets vertrouwelijk bespreken, bel dan de polikliniek en vraag naar mij; je mag ook zonder je moeder op gesprek komen. Vanaf je zestiende beslis je zelf wie meekijkt. Groet, dokter Hoekstra' },
        { sent: '2026-10-21 16:50', from: 'patient', text: 'Oké, dan bel ik wel. Dank je!' },
      ],
    },
  ],

  audit: [
    { date: '2025-02-17 08:35', who: 'prac-hendriks', what: 'emma-letter-3', channel: 'Huisartsenportaal Ziekenhuis De Linde' },
    { date: '2025-09-16 13:48', who: 'prac-hoekstra', what: 'emma-report-11' },
    { date: '2025-09-19 10:20', who: 'org-apotheek-lombok', what: 'emma-med-1', channel: 'Medicatieoverzicht via Landelijk Schakelpunt' },
    { date: '2026-02-10 15:31', who: 'prac-vandam', what: 'emma-qr-2' },
    { date: '2026-10-06 16:25', who: 'prac-hoekstra', what: 'emma-report-12' },
    { date: '2026-10-07 19:02', who: 'auth-sanne-emma', what: 'emma-report-13', channel: 'Patiëntenportaal Ziekenhuis De Linde' },
  ],
};
