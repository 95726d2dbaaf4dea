// Noah de Vries (8): astma (kinderlongziekten), recidiverende wheeze
// (kindergeneeskunde), oorontstekingen met trommelvliesbuisjes (KNO).
// Afspraken bij het Kinderoncologisch Centrum Zuid (brussenbegeleiding,
// omdat zijn broer Daan daar onder controle is) worden door het portaal
// verborgen.

export default {
  conditions: [
    { text: 'Allergisch astma', status: 'active', since: '2021-09-14', by: 'prac-degroot' },
    { text: 'Allergische rhinitis (huisstofmijt)', status: 'active', since: '2023-09-12', by: 'prac-degroot' },
    { text: 'Recidiverende wheeze', status: 'resolved', since: '2019-12-18', until: '2021-09-14', by: 'prac-visser', note: 'Overgegaan in de diagnose astma.' },
    { text: 'Recidiverende otitis media', status: 'resolved', since: '2020-10-06', until: '2025-11-11', by: 'prac-verbeek' },
  ],
  allergies: [
    {
      substance: 'Huisstofmijt', category: 'environment', criticality: 'low', since: '2023-09-12', by: 'prac-degroot',
      reactions: [{ what: ['Niezen', 'Verstopte neus', 'Meer benauwdheid'], severity: 'moderate' }],
    },
    {
      substance: 'Montelukast', type: 'intolerance', category: 'medication', criticality: 'low', since: '2023-07-25', by: 'prac-degroot',
      reactions: [{ what: ['Nachtmerries', 'Prikkelbaarheid'], severity: 'mild' }],
      note: 'Bijwerking, geen allergie. Montelukast is gestopt.',
    },
  ],
  vaccinations: [
    { vaccine: 'DKTP-Hib-HepB', dose: 1, date: '2018-08-06', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'Pneu', dose: 1, date: '2018-08-06', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'DKTP-Hib-HepB', dose: 2, date: '2018-09-03', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'DKTP-Hib-HepB', dose: 3, date: '2018-10-08', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'Pneu', dose: 2, date: '2018-10-08', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'DKTP-Hib-HepB', dose: 4, date: '2019-05-06', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'Pneu', dose: 3, date: '2019-05-06', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'BMR', dose: 1, date: '2019-08-05', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'MenACWY', dose: 1, date: '2019-08-05', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'DKTP', series: 'DKTP', dose: 5, date: '2022-06-13', by: 'GGD regio Utrecht, Jeugdgezondheidszorg' },
    { vaccine: 'Griep', date: '2025-10-21', by: 'Huisartsenpraktijk Oudegracht' },
  ],
  scores: [
    { kind: 'act', date: '2025-03-04 13:00', value: 19, by: 'prac-bouzid' },
    { kind: 'act', date: '2026-09-29 10:10', value: 24, by: 'prac-bouzid', note: 'Astma goed onder controle (20 of hoger).' },
  ],
  reports: [
    {
      date: '2019-12-18 15:30', author: 'prac-visser', contact: 'IMP', type: 'discharge', title: 'Ontslag na opname wegens benauwdheid',
      text: `
        Opnamereden:
        Jongen van 18 maanden, sinds drie dagen verkouden, febriel tot 38,9 °C, toenemend benauwd en slecht drinken.

        Bevindingen bij opname:
        Tachypneu 56/min, intercostale intrekkingen, saturatie 89% in kamerlucht. Bij auscultatie verlengd exspirium met piepende ademhaling en crepitaties beiderzijds. CRP 18 mg/L. RSV-sneltest positief.

        Beloop:
        Zuurstof via neusbril gedurende twee dagen. Proefbehandeling met salbutamol via voorzetkamer gaf duidelijke verbetering van de wheeze. Sondevoeding was niet nodig. Na drie dagen saturatie stabiel boven 94% zonder zuurstof en goed drinken.

        Conclusie:
        RSV-bronchiolitis met virale wheeze. Eczeem op de wangen; vader heeft hooikoorts (atopie in de familie).

        Beleid:
        Salbutamol 100 microg/dosis via voorzetkamer met masker zo nodig. Controle op de polikliniek Kindergeneeskunde over zes weken. Ouders geïnstrueerd over alarmsymptomen: intrekkingen, blauwe lippen, niet meer drinken.
      `,
    },
    {
      date: '2020-02-11 10:20', author: 'prac-visser', contact: 'AMB', title: 'Controle na opname, recidiverende wheeze',
      text: `
        Anamnese:
        Sinds de opname nog twee keer een periode met piepen en hoesten bij verkoudheid, daarbij hooguit subfebriel (37,8 °C), telkens goed reagerend op salbutamol. 's Nachts hoest hij vaak. Groeit en eet goed. Eczeem op de wangen en in de knieholtes, behandeld met cetomacrogolcrème.

        Lichamelijk onderzoek:
        Alerte, niet-zieke peuter. Geen dyspneu, saturatie 98%. Auscultatie: vesiculair ademgeruis zonder bijgeluiden. Lengte en gewicht op de P50 tot P75.

        Conclusie:
        Recidiverende wheeze bij een peuter met eczeem en atopie in de familie; mogelijk beginnend astma, dd virusgeïnduceerde wheeze.

        Beleid:
        Proefbehandeling met een inhalatiecorticosteroïd: fluticason 50 microg tweemaal daags via voorzetkamer met masker gedurende drie maanden. Uitleg over de inhalatietechniek en mondspoelen is niet nodig bij het gebruik van een masker, wel gezicht afvegen. Niet roken in huis. Controle over drie maanden.
      `,
    },
    {
      date: '2020-10-06 09:00', author: 'prac-verbeek', contact: 'AMB', title: 'Beoordeling oorontstekingen en snurken',
      text: `
        Anamnese:
        Verwezen door de huisarts. Het afgelopen jaar vijf keer een otitis media acuta, tweemaal met een loopoor. Ouders merken dat hij slecht hoort en de televisie hard zet. Snurkt elke nacht, soms met ademstops. Praat nog weinig voor zijn leeftijd.

        Lichamelijk onderzoek:
        Otoscopie: beiderzijds ingetrokken, dof trommelvlies met vochtspiegel. Neus: mondademhaling, hyponasale spraak. Tonsillen niet vergroot.

        Aanvullend onderzoek:
        Tympanometrie beiderzijds type B. Spelaudiometrie: geleidingsverlies van ongeveer 30 dB beiderzijds.

        Conclusie:
        Recidiverende otitis media acuta en persisterende otitis media met effusie (OME) met gehoorverlies. Adenoïdhypertrofie met obstructieve slaapklachten.

        Beleid:
        Adenotomie en het plaatsen van trommelvliesbuisjes beiderzijds in dagbehandeling. Tot de operatie zo nodig xylometazoline neusspray. Uitleg over de ingreep en de narcose gegeven aan de ouders.
      `,
    },
    {
      date: '2020-11-24 12:45', author: 'prac-verbeek', contact: 'IMP', type: 'note', title: 'Operatieverslag adenotomie en trommelvliesbuisjes',
      text: `
        Ingreep:
        Adenotomie en plaatsing van trommelvliesbuisjes beiderzijds onder algehele anesthesie, in dagbehandeling.

        Indicatie:
        Recidiverende otitis media acuta, otitis media met effusie met geleidingsverlies, adenoïdhypertrofie met snurken.

        Verloop van de operatie:
        Rechts myringotomie in het anterieur-inferieure kwadrant; taai, mucoïd vocht uitgezogen, trommelvliesbuisje geplaatst. Links idem, sereus vocht. Adenotomie met het ringmes; fors adenoïd verwijderd, hemostase met tampon. Geen complicaties, bloedverlies minimaal.

        Beleid:
        Na twee uur goed wakker, drinkt goed; ontslag dezelfde dag. Paracetamol zo nodig volgens het schema voor zijn gewicht. Eén week geen zwembad. Bij bloed uit neus of mond of koorts boven 39 °C contact opnemen. Oordruppels bij een loopoor volgens de folder. Controle met audiometrie over zes weken.
      `,
    },
    {
      date: '2021-01-12 11:10', author: 'prac-verbeek', contact: 'AMB', title: 'Controle na trommelvliesbuisjes',
      text: `
        Anamnese:
        Sinds de operatie geen oorontsteking meer gehad. Snurkt niet meer, slaapt rustiger en is overdag minder moe. Ouders vinden dat hij beter hoort en meer praat. Eén keer een loopoor links na een verkoudheid, goed reagerend op oordruppels.

        Lichamelijk onderzoek:
        Otoscopie: beide trommelvliesbuisjes in situ en open. Geen otorroe. Keelholte rustig.

        Aanvullend onderzoek:
        Spelaudiometrie: gehoor beiderzijds binnen normale grenzen (drempels 15 tot 20 dB).

        Conclusie:
        Status na adenotomie en plaatsing van trommelvliesbuisjes beiderzijds, goed resultaat. Gehoor genormaliseerd.

        Beleid:
        Geen controle nodig zolang er geen klachten zijn. De buisjes worden meestal binnen één tot twee jaar spontaan afgestoten. Zwemmen mag; duiken en badderen met zeepwater liever vermijden. Bij een aanhoudend loopoor of gehoorproblemen opnieuw verwijzen.
      `,
    },
    {
      date: '2021-09-14 14:00', author: 'prac-degroot', contact: 'AMB', title: 'Intake polikliniek Kinderlongziekten',
      text: `
        Anamnese:
        Driejarige jongen, verwezen door de kinderarts wegens persisterende astmaklachten ondanks fluticason 50 microg tweemaal daags. Hoest vrijwel elke nacht, piept bij rennen en bij lachen, gebruikt salbutamol drie tot vier keer per week. Bij verkoudheid snel benauwd. Kat in huis bij de grootouders, daar meer klachten. Eczeem wisselend.

        Lichamelijk onderzoek:
        Geen dyspneu in rust, saturatie 97%. Auscultatie: verlengd exspirium met lichte wheeze bij geforceerde uitademing. Atopisch eczeem in de elleboogplooien.

        Aanvullend onderzoek:
        Eosinofiele granulocyten 0,52 x10^9/L, IgE totaal verhoogd. Spirometrie is op deze leeftijd nog niet betrouwbaar.

        Conclusie:
        Astma bij een jonge peuter, onvoldoende gecontroleerd. Atopische constitutie.

        Beleid:
        Fluticason verhogen naar 100 microg tweemaal daags via voorzetkamer. Inhalatie-instructie door de verpleegkundig specialist. Allergieonderzoek bij de volgende bloedafname. Controle over drie maanden.
      `,
    },
    {
      date: '2022-03-08 16:15', author: 'prac-bouzid', contact: 'VR', type: 'note', title: 'Telefonisch consult astma',
      text: `
        Telefonisch consult met moeder.

        Anamnese:
        Sinds de verhoging van fluticason en de nieuwe voorzetkamer gaat het veel beter. Nog maar één keer per week salbutamol nodig, meestal bij het buitenspelen in de kou. Slaapt door zonder hoesten. Geen bezoek aan de huisartsenpost. Moeder vraagt of de dosering omlaag kan.

        Inhalatietechniek:
        Moeder beschrijft de techniek goed: schudden, pufje in de voorzetkamer, vijf keer rustig in- en uitademen met het masker goed aansluitend. Noah wil het masker nu zelf vasthouden.

        Conclusie:
        Astma, goed gecontroleerd onder inhalatiecorticosteroïd.

        Beleid:
        Gezien de winterperiode en de goede controle nu nog niet afbouwen; in de zomer opnieuw beoordelen. Doorgaan met fluticason en salbutamol zo nodig. Poliklinische controle bij de kinderlongarts over drie maanden.
      `,
    },
    {
      date: '2023-01-19 11:00', author: 'prac-degroot', contact: 'IMP', type: 'discharge', title: 'Ontslag na opname wegens astma-exacerbatie',
      text: `
        Opnamereden:
        Vierjarige jongen met bekend astma, sinds twee dagen febriel tot 39,2 °C met hoesten en toenemende dyspneu ondanks salbutamol elke twee uur.

        Bevindingen bij opname:
        Tachypneu 40/min, intrekkingen, spreekt in korte zinnen. Saturatie 90% in kamerlucht. Auscultatie: beiderzijds expiratoir piepen, verminderd ademgeruis basaal. CRP 24 mg/L. Influenza A-PCR positief. X-thorax: peribronchiale verdikking, geen infiltraat.

        Beloop:
        Salbutamol via voorzetkamer, aanvankelijk elk uur, ipratropium en prednisolon 2 mg/kg gedurende drie dagen. Zuurstof gedurende 24 uur. Snelle verbetering; bij ontslag saturatie 96%, salbutamol viermaal daags.

        Conclusie:
        Matig-ernstige exacerbatie van astma, uitgelokt door influenza A.

        Beleid:
        Salbutamol afbouwen volgens schema. Fluticason 100 microg tweemaal daags continueren. Jaarlijkse griepvaccinatie besproken. Controle polikliniek over vier weken.
      `,
    },
    {
      date: '2023-02-21 09:40', author: 'prac-degroot', contact: 'AMB', title: 'Controle na exacerbatie',
      text: `
        Anamnese:
        Hersteld van de exacerbatie. Toch in de afgelopen weken weer drie nachten hoesten en na het buitenspelen piepen; salbutamol twee tot drie keer per week. Gebruikt fluticason trouw; moeder houdt een lijstje bij.

        Lichamelijk onderzoek:
        Saturatie 98%. Auscultatie: vesiculair ademgeruis, geen wheeze. Inhalatietechniek met voorzetkamer goed.

        Conclusie:
        Astma, partieel gecontroleerd na een exacerbatie, bij goede therapietrouw en inhalatietechniek.

        Beleid:
        Toevoegen van montelukast 4 mg kauwtablet eenmaal daags voor het slapen, als proefbehandeling gedurende drie maanden. Ouders geïnformeerd over mogelijke bijwerkingen zoals nachtmerries, onrust en stemmingsveranderingen; bij die bijwerkingen stoppen. Jaarlijkse influenzavaccinatie via de huisarts aangevraagd. Controle over drie maanden.
      `,
    },
    {
      date: '2023-09-12 14:30', author: 'prac-degroot', contact: 'AMB', title: 'Controle astma en allergieonderzoek',
      text: `
        Anamnese:
        Montelukast is na zes weken gestopt: Noah had nachtmerries, was prikkelbaar en huilerig. Na het stoppen verdwenen deze klachten binnen een week. De astma is in de zomer rustig geweest. Veel niezen en een verstopte neus in het voorjaar.

        Lichamelijk onderzoek:
        Saturatie 99%. Auscultatie zonder afwijkingen. Allergische glans onder de ogen, gezwollen neusslijmvlies.

        Aanvullend onderzoek:
        Specifiek IgE huisstofmijt sterk verhoogd (klasse 4). IgE totaal verhoogd. Eosinofilie.

        Conclusie:
        Allergisch astma met sensibilisatie voor huisstofmijt; allergische rhinitis. Bijwerking van montelukast (nachtmerries).

        Beleid:
        Montelukast blijft gestopt. Saneringsadviezen: hoesjes om matras en kussen, wekelijks beddengoed wassen op 60 °C, geen knuffels in bed. Cetirizine drank eenmaal daags voor de rhinitis. Fluticason 100 microg tweemaal daags voortzetten. Controle over een half jaar.
      `,
    },
    {
      date: '2024-06-18 10:50', author: 'prac-visser', contact: 'AMB', title: 'Groei en voeding',
      text: `
        Anamnese:
        Gezien op verzoek van de kinderlongarts wegens zorgen van moeder over de groei tijdens langdurig gebruik van een inhalatiecorticosteroïd. Noah eet gevarieerd, drinkt weinig melk en speelt veel binnen. Geen buikpijn, normale ontlasting.

        Lichamelijk onderzoek:
        Lengte 121 cm (P50), gewicht 22 kg (P50), parallel aan de eerdere groeicurve. Geen cushingoïde kenmerken. Tanner stadium 1.

        Aanvullend onderzoek:
        Vitamine D 38 nmol/L (laag). Hb en ferritine normaal.

        Conclusie:
        Normale groei langs de P50 onder fluticason; geen aanwijzingen voor groeiremming door corticosteroïden. Vitamine D-tekort.

        Beleid:
        Colecalciferol 400 IE per dag (vitamine D-druppels); buiten spelen stimuleren. Voedingsadvies: dagelijks zuivel. Groeicontrole jaarlijks via de kinderlongarts, geen aparte controle bij de kinderarts nodig.
      `,
    },
    {
      date: '2025-03-04 13:20', author: 'prac-degroot', contact: 'AMB', title: 'Jaarcontrole astma met longfunctie',
      text: `
        Anamnese:
        Rustig jaar: geen exacerbaties, geen prednisolon, geen bezoek aan de huisartsenpost. Salbutamol minder dan eenmaal per week. Sport twee keer per week op voetbal zonder klachten. C-ACT 22.

        Lichamelijk onderzoek:
        Saturatie 99%. Auscultatie: vesiculair ademgeruis, geen bijgeluiden.

        Aanvullend onderzoek:
        Spirometrie: FEV1 92% van voorspeld, FEV1/FVC 0,84; na salbutamol stijging van de FEV1 met 14%, passend bij reversibele obstructie. FeNO 28 ppb.

        Conclusie:
        Allergisch astma, goed gecontroleerd; milde reversibiliteit bij spirometrie.

        Beleid:
        Fluticason terug naar 50 microg tweemaal daags. Salbutamol zo nodig. Het astma-actieplan is opnieuw doorgenomen en meegegeven. PROM Astma controle voortaan voor elk bezoek invullen in het portaal. Controle over een half jaar.
      `,
    },
    {
      date: '2025-11-11 09:20', author: 'prac-verbeek', contact: 'AMB', title: 'Controle oren na afstoting buisjes',
      text: `
        Anamnese:
        Verwezen door de huisarts voor controle. De moeder zag een buisje op het kussen liggen; het andere is bij de huisarts in de gehoorgang gezien. Geen oorpijn, geen loopoor. Op school geen problemen met horen; juf heeft niets gemerkt. Snurkt niet.

        Lichamelijk onderzoek:
        Otoscopie: rechts buisje afgestoten, trommelvlies intact en beweeglijk. Links buisje los in de gehoorgang, verwijderd; trommelvlies gesloten, geen perforatie.

        Aanvullend onderzoek:
        Tympanometrie beiderzijds type A. Toonaudiometrie: normaal gehoor beiderzijds.

        Conclusie:
        Status na trommelvliesbuisjes, spontaan afgestoten. Normaal gehoor, geen otitis media met effusie.

        Beleid:
        Geen verdere controle. Bij recidiverende oorontstekingen of gehoorklachten kan de huisarts opnieuw verwijzen.
      `,
    },
    {
      date: '2026-09-29 10:30', author: 'prac-degroot', contact: 'AMB', title: 'Controle astma',
      text: `
        Anamnese:
        Goed gegaan het afgelopen half jaar. Geen nachtelijk hoesten, salbutamol alleen voor de gymles bij koud weer. Geen exacerbaties. Mag binnenkort op schoolkamp. De PROM Astma controle toont een goed gecontroleerd astma (C-ACT 24).

        Lichamelijk onderzoek:
        Saturatie 99%, ademfrequentie 18/min. Auscultatie normaal. Groei langs de P50.

        Aanvullend onderzoek:
        Spirometrie: FEV1 98% van voorspeld, geen relevante reversibiliteit. FeNO 16 ppb.

        Conclusie:
        Allergisch astma, goed gecontroleerd onder een lage dosis inhalatiecorticosteroïd.

        Beleid:
        Proberen af te bouwen: fluticason 50 microg eenmaal daags gedurende drie maanden; bij toename van klachten terug naar tweemaal daags. Astma-actieplan meegegeven voor het schoolkamp. Cetirizine zo nodig. Controle met spirometrie over twee maanden, daarna bespreken of de behandeling verder kan worden afgebouwd.
      `,
    },
  ],

  letters: [
    {
      date: '2019-12-19 09:00', author: 'prac-visser', title: 'Ontslagbrief Kindergeneeskunde',
      text: `
        Uw patiënt Noah (18 maanden) was drie dagen opgenomen op de kinderafdeling wegens een RSV-bronchiolitis met virale wheeze en een saturatie van 89% bij opname.

        Hij kreeg zuurstof via een neusbril en salbutamol via een voorzetkamer, met goed effect. Bij ontslag was de saturatie stabiel boven 94% zonder zuurstof en dronk hij goed.

        Medicatie bij ontslag: salbutamol 100 microg/dosis, 2 pufjes via voorzetkamer met masker zo nodig, maximaal zesmaal daags.

        Wij zien Noah over zes weken terug op de polikliniek. Gezien het eczeem en de atopie in de familie houden wij rekening met recidiverende wheeze.
      `,
    },
    {
      date: '2020-11-25 08:45', author: 'prac-verbeek', format: 'pdf', title: 'Brief aan huisarts: adenotomie en trommelvliesbuisjes',
      text: `
        Op onze dagbehandeling werd bij uw patiënt onder algehele anesthesie een adenotomie verricht en werden trommelvliesbuisjes beiderzijds geplaatst, wegens recidiverende otitis media acuta, otitis media met effusie met geleidingsverlies en adenoïdhypertrofie.

        Peroperatief werd beiderzijds vocht uit het middenoor verwijderd. Er waren geen complicaties; Noah is dezelfde dag met zijn ouders naar huis gegaan.

        Beleid: paracetamol zo nodig, een week niet zwemmen. Bij een loopoor oordruppels volgens de folder. Wij zien hem over zes weken terug voor controle met audiometrie.
      `,
    },
    {
      // This letter carries a <script> and an onclick on purpose: the app must
      // show HTML letters in a sandboxed frame, where neither may ever run.
      date: '2023-01-20 10:15', author: 'prac-degroot', format: 'html', title: 'Ontslagbrief Kinderlongziekten: astma-exacerbatie',
      html: `
        <p>Uw patiënt Noah was drie dagen opgenomen wegens een <strong>matig-ernstige exacerbatie van astma</strong>, uitgelokt door influenza A.</p>
        <script>alert(1)</script>
        <ul>
          <li>Bij opname: saturatie 90%, tachypneu, CRP 24 mg/L.</li>
          <li>Behandeling: salbutamol en ipratropium via voorzetkamer, prednisolon gedurende drie dagen, zuurstof gedurende 24 uur.</li>
          <li>Bij ontslag: saturatie 96%, salbutamol viermaal daags, af te bouwen volgens schema.</li>
        </ul>
        <p onclick="alert('klik')">Wilt u Noah jaarlijks uitnodigen voor de griepvaccinatie? Wij zien hem over vier weken op de polikliniek.</p>
      `,
    },
    {
      date: '2025-03-06 09:30', author: 'prac-degroot', title: 'Brief aan huisarts na jaarcontrole astma',
      text: `
        Noah kwam voor de jaarlijkse controle van zijn allergisch astma. Er waren het afgelopen jaar geen exacerbaties en hij sport zonder klachten.

        Spirometrie toonde een FEV1 van 92% van voorspeld met een reversibiliteit van 14% na salbutamol; FeNO 28 ppb.

        Wij hebben fluticason verlaagd naar 50 microg tweemaal daags via voorzetkamer. Salbutamol blijft zo nodig. Het astma-actieplan is met moeder doorgenomen. Controle over een half jaar.
      `,
    },
    {
      date: '2026-10-01 08:50', author: 'prac-degroot', title: 'Brief aan huisarts: afbouwen inhalatiecorticosteroïd',
      text: `
        Uw patiënt Noah bezocht de polikliniek Kinderlongziekten. Zijn allergisch astma is goed gecontroleerd: geen exacerbaties, geen nachtelijke klachten en een normale spirometrie (FEV1 98% van voorspeld, FeNO 16 ppb).

        Wij bouwen fluticason af naar 50 microg eenmaal daags gedurende drie maanden. Bij toename van klachten mogen de ouders zelf terug naar tweemaal daags, zoals beschreven in het astma-actieplan.

        Controle met spirometrie over twee maanden.
      `,
    },
  ],

  referrals: [
    {
      date: '2020-01-20 10:10', gp: 'prac-hendriks', service: 'svc-kindergeneeskunde', title: 'Verwijzing Kindergeneeskunde: recidiverende wheeze',
      text: `
        Reden van verwijzing:
        Peuter van 19 maanden, na de opname voor RSV-bronchiolitis nu twee keer opnieuw piepen en hoesten bij verkoudheid. Reageert goed op salbutamol. Eczeem. Vader hooikoorts.

        Vraagstelling:
        Graag uw beoordeling: beginnend astma? Onderhoudsbehandeling geïndiceerd?

        Medicatie:
        Salbutamol aerosol 100 microg/dosis via voorzetkamer zo nodig, cetomacrogolcrème.
      `,
    },
    {
      date: '2020-09-15 15:20', gp: 'prac-hendriks', service: 'svc-kno', format: 'docx', title: 'Verwijzing KNO: recidiverende otitis media',
      text: `
        Reden van verwijzing:
        Jongen van twee jaar met vijf episodes van otitis media acuta in het afgelopen jaar, tweemaal met loopoor. Ouders twijfelen aan het gehoor. Snurkt, soms ademstops.

        Vraagstelling:
        Graag beoordeling: indicatie voor trommelvliesbuisjes en/of adenotomie?

        Voorgeschiedenis:
        RSV-bronchiolitis, recidiverende wheeze, onder behandeling bij de kinderarts.

        Medicatie:
        Fluticason 50 microg tweemaal daags, salbutamol zo nodig.
      `,
    },
  ],

  goals: [
    { text: 'Geen nachtelijk hoesten door astma', status: 'active', achievement: 'achieved', start: '2021-09-14', due: '2027-03-01', by: 'prac-degroot' },
    { text: 'Zelf de voorzetkamer goed gebruiken', status: 'completed', achievement: 'achieved', start: '2022-03-08', due: '2023-03-01', by: 'prac-bouzid', note: 'Noah doet het nu zonder masker, met mondstuk.' },
    { text: 'Volledig meedoen met gym en voetbal', status: 'active', achievement: 'improving', start: '2023-02-21', due: '2027-03-01', by: 'prac-degroot' },
    { text: 'Fluticason afbouwen naar eenmaal daags zonder meer klachten', status: 'active', achievement: 'in-progress', start: '2026-09-29', due: '2026-12-31', by: 'prac-degroot' },
    { text: 'Vitamine D op peil brengen', status: 'on-hold', achievement: 'not-achieved', start: '2024-06-18', due: '2025-06-18', by: 'prac-visser', note: 'Druppels worden vaak vergeten; opnieuw bespreken bij de volgende controle.' },
  ],

  medications: [
    {
      name: 'Salbutamol inhalatie 100 microg/dosis', atc: 'R03AC02', atcName: 'salbutamol', status: 'active', since: '2025-03-04', by: 'prac-degroot', reason: 'Astma',
      dose: { text: 'Zo nodig 2 pufjes via voorzetkamer, maximaal 6x per dag', value: 2, unit: 'dosis', asNeeded: true, route: 'inhalatie' }, repeats: 2,
    },
    {
      name: 'Fluticason inhalatie 50 microg/dosis', atc: 'R03BA05', atcName: 'fluticasone', status: 'active', since: '2026-09-29', by: 'prac-degroot', reason: 'Astma',
      dose: { text: "1x per dag 1 pufje via voorzetkamer, 's avonds", value: 1, unit: 'dosis', frequency: 1, route: 'inhalatie' }, repeats: 3,
    },
    {
      name: 'Cetirizine drank 1 mg/ml', atc: 'R06AE07', atcName: 'cetirizine', status: 'active', since: '2023-09-12', by: 'prac-degroot', reason: 'Allergische rhinitis',
      // No text: the portal says it from the structured dosage (as many servers send it).
      dose: { value: 5, unit: 'ml', frequency: 1, route: 'oraal' }, repeats: 0,
    },
    {
      name: 'Montelukast kauwtablet 4 mg', atc: 'R03DC03', atcName: 'montelukast', status: 'stopped', since: '2023-02-21', by: 'prac-degroot', reason: 'Astma',
      dose: { text: '1x per dag 1 kauwtablet voor het slapen', value: 1, unit: 'kauwtablet', frequency: 1 },
      stopReason: 'Gestopt wegens bijwerkingen (nachtmerries en prikkelbaarheid)',
    },
    {
      name: 'Prednisolon drank 1 mg/ml', atc: 'H02AB06', atcName: 'prednisolone', status: 'completed', since: '2023-01-17', until: '2023-01-19', by: 'prac-degroot', reason: 'Astma-exacerbatie',
      dose: { text: '1x per dag 34 ml gedurende 3 dagen', value: 34, unit: 'ml', frequency: 1 },
    },
    {
      name: 'Xylometazoline neusspray 0,25 mg/ml', atc: 'R01AA07', atcName: 'xylometazoline', status: 'stopped', since: '2020-10-06', by: 'prac-verbeek',
      dose: { text: '3x per dag 1 verstuiving per neusgat, maximaal 7 dagen', value: 1, unit: 'verstuiving', frequency: 3, route: 'neus' },
    },
  ],

  vitals: [
    { kind: 'weight', growth: { z: 0.1 }, dates: { from: '2019-12-16', to: '2026-09-29', count: 13 } },
    { kind: 'height', growth: { z: 0.0 }, dates: { from: '2019-12-16', to: '2026-09-29', count: 13 } },
    { kind: 'temperature', dates: { from: '2019-12-16', to: '2026-09-29', count: 10 }, value: 36.9, sd: 0.25, at: { '2019-12-16': 38.9, '2023-01-17': 39.2 } },
    { kind: 'saturation', dates: { from: '2019-12-16', to: '2026-09-29', count: 10 }, value: 98, sd: 0.6, at: { '2019-12-16': 89, '2019-12-18': 95, '2023-01-17': 90, '2023-01-19': 96 } },
    { kind: 'heartRate', dates: { from: '2019-12-16', to: '2026-09-29', count: 10 }, value: [118, 84], sd: 5, at: { '2019-12-16': 152, '2023-01-17': 138 } },
  ],

  labs: {
    preliminaryFrom: '2026-09-20',
    panels: [
      {
        name: 'Bloedbeeld en ontsteking',
        dates: ['2019-12-16', '2020-02-04', '2021-09-07', '2023-01-17', '2023-02-14', '2023-09-05', '2024-06-11', '2025-02-25', '2026-09-22'],
        tests: {
          hb: [7.0, 7.6],
          leuko: { values: [15.8, 9.1, 8.7, 14.2, 8.4, 8.1, 7.6, 7.2, 6.9] },
          eos: { values: [0.18, 0.41, 0.52, 0.22, 0.48, 0.58, 0.44, 0.39, 0.31] },
          crp: { values: [18, 2, 1, 24, 3, 1, 1, 2, 1] },
        },
      },
      { name: 'Allergieonderzoek', dates: ['2021-09-07', '2023-09-05', '2025-02-25'], tests: { ige: [150, 290] } },
      { name: 'Specifiek IgE', dates: ['2023-09-05'], tests: { ighuisstofmijt: 24.5 } },
      { name: 'Vitamine D', dates: ['2024-06-11', '2024-11-05', '2025-02-25', '2026-09-22'], tests: { vitd: { values: [38, 61, 44, 52] } } },
    ],
    extra: [
      { date: '2019-12-16', panel: 'Kweek keel', test: 'keelkweek', valueString: 'Geen groei van β-hemolytische streptokokken groep A' },
    ],
    changes: [
      { date: '2023-09-05', test: 'eos', status: 'amended', value: 0.62, note: 'Waarde gecorrigeerd na herhaling: handmatige telling van het bloeduitstrijkje.' },
    ],
  },

  questionnaires: [
    {
      questionnaire: 'q-prom-astma', status: 'completed', authored: '2025-02-25 20:30', author: 'auth-sanne-noah',
      answers: { 'benauwd-dagen': 'dagen-1-2', 'nachten-wakker': 1, 'salbutamol-per-week': 1, sport: 'meestal', spoed: false, opmerkingen: 'Bij voetbal in de kou soms hoesten.' },
    },
    {
      questionnaire: 'q-prom-astma', status: 'completed', authored: '2026-09-22 19:55', author: 'auth-sanne-noah',
      answers: { 'benauwd-dagen': 'dagen-0', 'nachten-wakker': 0, 'salbutamol-per-week': 0, sport: 'altijd', spoed: false, piekstroom: 245.5 },
    },
    { questionnaire: 'q-prom-astma', status: 'in-progress', authored: '2026-10-28 08:00' },
    { questionnaire: 'q-kwaliteit-van-leven-kind', status: 'in-progress', authored: '2026-10-20 21:10', author: 'auth-sanne-noah', answers: { 'ingevuld-door': 'samen', 'lichaam-sport': 'bijna-nooit', 'lichaam-pijn': 'nooit' } },
  ],

  appointments: [
    { status: 'fulfilled', start: '2026-09-10 15:00', minutes: 60, service: 'svc-kinderoncologie', location: 'loc-kocz-poli', description: 'Kennismaking brussenbegeleiding (psychosociaal team)' },
    { status: 'fulfilled', start: '2026-09-29 09:45', minutes: 30, service: 'svc-kinderlongziekten', location: 'loc-linde-longfunctie', description: 'Longfunctieonderzoek (spirometrie en FeNO)' },
    { status: 'fulfilled', start: '2026-09-29 10:30', minutes: 20, service: 'svc-kinderlongziekten', with: 'prac-degroot', description: 'Controle polikliniek Kinderlongziekten' },
    { status: 'cancelled', start: '2026-11-05 16:00', minutes: 15, service: 'svc-kinderlongziekten', with: 'prac-bouzid', location: null, description: 'Telefonisch consult verpleegkundig specialist', cancelReason: 'Afgezegd door ouder' },
    { status: 'booked', start: '2026-11-19 14:00', minutes: 90, service: 'svc-kinderoncologie', location: 'loc-kocz-poli', description: 'Brussenmiddag voor broers en zussen' },
    { status: 'booked', start: '2026-11-24 13:45', minutes: 30, service: 'svc-kinderlongziekten', location: 'loc-linde-longfunctie', description: 'Longfunctieonderzoek (spirometrie)', comment: 'Vier uur voor het onderzoek geen salbutamol gebruiken.' },
    { status: 'booked', start: '2026-11-24 14:30', minutes: 20, service: 'svc-kinderlongziekten', with: 'prac-degroot', description: 'Controle polikliniek Kinderlongziekten' },
    { status: 'proposed', start: '2027-01-12 10:40', minutes: 20, service: 'svc-kindergeneeskunde', with: 'prac-visser', description: 'Groeicontrole polikliniek Kindergeneeskunde' },
  ],

  threads: [
    {
      topic: 'Vaker salbutamol bij verkoudheid?', service: 'svc-kinderlongziekten',
      messages: [
        { sent: '2025-01-14 20:05', from: 'auth-sanne-noah', text: 'Noah is sinds twee dagen verkouden en hoest veel, vooral in de nacht. Hij piept niet echt. Mag ik de salbutamol vaker geven dan normaal? Groet, Sanne de Vries (moeder)' },
        { sent: '2025-01-15 09:12', from: 'prac-bouzid', text: 'Beste mevrouw De Vries, volgens het astma-actieplan mag u bij verkoudheid salbutamol geven tot zesmaal daags 2 pufjes. Blijf de fluticason gewoon geven. Heeft hij meer dan elke vier uur salbutamol nodig, krijgt hij intrekkingen of wordt hij suf, bel dan de huisarts of de huisartsenpost; bij ernstige benauwdheid 112. Met vriendelijke groet, N. Bouzid, verpleegkundig specialist' },
        { sent: '2025-01-15 12:40', from: 'auth-sanne-noah', text: 'Dank u wel, dat is duidelijk.' },
      ],
    },
    {
      topic: 'Zwemles met trommelvliesbuisjes', service: 'svc-kno',
      messages: [
        { sent: '2021-05-18 21:22', from: 'auth-mark-noah', text: 'Goedenavond, Noah mag op zwemles. Kan dat met zijn trommelvliesbuisjes, of heeft hij oordopjes nodig? Met vriendelijke groet, Mark de Vries (vader)' },
        { sent: '2021-05-20 11:05', from: 'prac-verbeek', text: 'Beste meneer De Vries, zwemles is geen probleem. Oordopjes zijn meestal niet nodig; alleen bij duiken en bij een eerder loopoor na het zwemmen raden we ze aan. Met vriendelijke groet, J. Verbeek, KNO-arts' },
      ],
    },
    {
      topic: 'Schoolkamp en medicijnen', service: 'svc-kinderlongziekten',
      messages: [
        { sent: '2026-10-14 19:48', from: 'auth-sanne-noah', text: 'Noah gaat volgende maand drie dagen op schoolkamp. Moet de juf iets weten over zijn puffers? Kunnen we een kopie van het astma-actieplan krijgen?' },
        { sent: '2026-10-15 10:30', from: 'prac-bouzid', text: 'Beste mevrouw De Vries, goed dat u dit vraagt. Geef de juf de voorzetkamer, de salbutamol en het astma-actieplan mee; een kopie staat bij de brieven in het portaal. De fluticason kan hij zelf \'s avonds nemen, de juf hoeft alleen te controleren. Fijn kamp! N. Bouzid' },
      ],
    },
  ],

  audit: [
    { date: '2025-03-10 08:22', who: 'prac-hendriks', what: 'noah-letter-4', channel: 'Huisartsenportaal Ziekenhuis De Linde' },
    { date: '2025-11-11 09:05', who: 'prac-verbeek', what: 'noah-report-5' },
    { date: '2026-06-02 14:40', who: 'org-apotheek-lombok', what: 'noah-med-2', channel: 'Medicatieoverzicht via Landelijk Schakelpunt' },
    { date: '2026-09-29 10:12', who: 'prac-degroot', what: 'noah-report-12' },
    { date: '2026-09-29 10:14', who: 'prac-degroot', what: 'noah-qr-2' },
    { date: '2026-10-02 12:31', who: 'auth-mark-noah', what: 'noah-letter-5', channel: 'Patiëntenportaal Ziekenhuis De Linde' },
    { date: '2026-10-05 08:50', who: 'prac-hendriks', what: 'noah-letter-5', channel: 'Huisartsenportaal Ziekenhuis De Linde' },
  ],
};
