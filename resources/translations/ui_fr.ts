<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AfterReviewDialog</name>
    <message>
        <source>After the review</source>
        <translation>Après l&apos;examen</translation>
    </message>
    <message>
        <source>Case “{title}”: report the content, stop it coming back, prepare the complaint. The application prepares the texts and files; you send them yourself.</source>
        <translation>Dossier « {title} » : signaler le contenu, empêcher qu&apos;il revienne, préparer la plainte. L&apos;application prépare les textes et les fichiers ; c&apos;est vous qui les envoyez.</translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation>&amp;Signalements</translation>
    </message>
    <message>
        <source>Notices &amp;sent</source>
        <translation>Signalements &amp;envoyés</translation>
    </message>
    <message>
        <source>&amp;Fingerprints</source>
        <translation>Em&amp;preintes</translation>
    </message>
    <message>
        <source>&amp;Complaint</source>
        <translation>Pl&amp;ainte</translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;identity…</source>
        <translation>&amp;Identité de l&apos;organisation…</translation>
    </message>
    <message>
        <source>Addresses where the content was seen (tick those to report):</source>
        <translation>Adresses où le contenu a été vu (cochez celles à signaler) :</translation>
    </message>
    <message>
        <source>Addresses to report</source>
        <translation>Adresses à signaler</translation>
    </message>
    <message>
        <source>Another address: https://…</source>
        <translation>Autre adresse : https://…</translation>
    </message>
    <message>
        <source>Address to add</source>
        <translation>Adresse à ajouter</translation>
    </message>
    <message>
        <source>Platform or site</source>
        <translation>Plateforme ou site</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Texts to send</source>
        <translation>Textes à envoyer</translation>
    </message>
    <message>
        <source>Notice in French</source>
        <translation>Signalement en français</translation>
    </message>
    <message>
        <source>Notice in English</source>
        <translation>Signalement en anglais</translation>
    </message>
    <message>
        <source>Pharos summary</source>
        <translation>Résumé pour Pharos</translation>
    </message>
    <message>
        <source>Notice (French)</source>
        <translation>Signalement (français)</translation>
    </message>
    <message>
        <source>Notice (English)</source>
        <translation>Signalement (anglais)</translation>
    </message>
    <message>
        <source>Pharos</source>
        <translation>Pharos</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Save as a &amp;text file…</source>
        <translation>Enregistrer en fichier &amp;texte…</translation>
    </message>
    <message>
        <source>&amp;Record that I sent it…</source>
        <translation>&amp;Noter que je l&apos;ai envoyé…</translation>
    </message>
    <message>
        <source>Each line is a notice you recorded as sent, with the platform&apos;s latest answer. Every entry is signed with your key and kept in the case&apos;s history.</source>
        <translation>Chaque ligne est un signalement que vous avez noté comme envoyé, avec la dernière réponse de la plateforme. Chaque entrée est signée avec votre clé et gardée dans l&apos;historique du dossier.</translation>
    </message>
    <message>
        <source>Notices sent</source>
        <translation>Signalements envoyés</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où il en est</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>No notice recorded yet for this case.</source>
        <translation>Aucun signalement noté pour ce dossier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Record that I &amp;sent a notice…</source>
        <translation>Noter que j&apos;ai &amp;envoyé un signalement…</translation>
    </message>
    <message>
        <source>Record the platform&apos;s &amp;answer…</source>
        <translation>Noter la &amp;réponse de la plateforme…</translation>
    </message>
    <message>
        <source>A fingerprint (hash) is a short code computed from a picture or a video. It lets others recognise copies without receiving the picture. None of these files holds an image; media marked “suspected minor” leave only as fingerprints.</source>
        <translation>Une empreinte est un code court calculé à partir d&apos;une image ou d&apos;une vidéo. Elle permet à d&apos;autres de reconnaître les copies sans recevoir l&apos;image. Aucun de ces fichiers ne contient d&apos;image ; les médias marqués « mineur présumé » ne sortent que sous forme d&apos;empreintes.</translation>
    </message>
    <message>
        <source>&amp;StopNCII receipt for the victim…</source>
        <translation>&amp;Reçu StopNCII pour la victime…</translation>
    </message>
    <message>
        <source>For the person shown: the fingerprints StopNCII.org uses (PDQ for pictures, MD5 for videos), so partner platforms can block copies.</source>
        <translation>Pour la personne représentée : les empreintes qu&apos;utilise StopNCII.org (PDQ pour les images, MD5 pour les vidéos), pour que les plateformes partenaires bloquent les copies.</translation>
    </message>
    <message>
        <source>&amp;Hash list (HMA)…</source>
        <translation>&amp;Liste d&apos;empreintes (HMA)…</translation>
    </message>
    <message>
        <source>For a platform&apos;s trust and safety team: the case&apos;s fingerprints as a list their matching tools read (Hasher-Matcher-Actioner).</source>
        <translation>Pour l&apos;équipe de modération d&apos;une plateforme : les empreintes du dossier dans une liste que lisent ses outils de détection (Hasher-Matcher-Actioner).</translation>
    </message>
    <message>
        <source>File for the &amp;police (VICS 2.0)…</source>
        <translation>Fichier pour la &amp;police (VICS 2.0)…</translation>
    </message>
    <message>
        <source>For investigators: the case&apos;s fingerprints in the format of their tools (Griffeye, Autopsy, IPED), without any category chosen for them.</source>
        <translation>Pour les enquêteurs : les empreintes du dossier au format de leurs outils (Griffeye, Autopsy, IPED), sans choisir de catégorie à leur place.</translation>
    </message>
    <message>
        <source>The complaint annex is a text for the victim&apos;s adviser to complete: the facts, the notices already sent and the list of evidence, pointing into the exported exhibit. It holds no image.</source>
        <translation>L&apos;annexe à la plainte est un texte que la personne qui conseille la victime complète : les faits, les signalements déjà envoyés et la liste des preuves, qui renvoie à la pièce exportée. Elle ne contient aucune image.</translation>
    </message>
    <message>
        <source>Leave empty if unknown (the complaint is then against “X”)</source>
        <translation>Laisser vide si inconnu (la plainte est alors contre « X »)</translation>
    </message>
    <message>
        <source>Suspected author</source>
        <translation>Auteur présumé</translation>
    </message>
    <message>
        <source>Language of the annex</source>
        <translation>Langue de l&apos;annexe</translation>
    </message>
    <message>
        <source>Suspected &amp;author</source>
        <translation>Auteur &amp;présumé</translation>
    </message>
    <message>
        <source>&amp;Language of the annex</source>
        <translation>&amp;Langue de l&apos;annexe</translation>
    </message>
    <message>
        <source>&amp;Prepare the complaint annex…</source>
        <translation>Préparer l&apos;&amp;annexe à la plainte…</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>Lecture du dossier…</translation>
    </message>
    <message>
        <source>You can type the address below.</source>
        <translation>Vous pouvez saisir l&apos;adresse ci-dessous.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name and e-mail address are not set. A notice to a platform must give them (a notice about a suspected minor does not). Click “Fill in the identity…” to give them once for this computer.</source>
        <translation>Le nom et l&apos;adresse e-mail de l&apos;organisation ne sont pas renseignés. Un signalement à une plateforme doit les donner (pas un signalement concernant un mineur présumé). Cliquez sur « Renseigner l&apos;identité… » pour les indiquer une fois pour cet ordinateur.</translation>
    </message>
    <message>
        <source>Fill in the &amp;identity…</source>
        <translation>Renseigner l&apos;&amp;identité…</translation>
    </message>
    <message>
        <source>Copy these lines into the form on internet-signalement.gouv.fr. Never attach the pictures.</source>
        <translation>Recopiez ces lignes dans le formulaire d&apos;internet-signalement.gouv.fr. Ne joignez jamais les images.</translation>
    </message>
    <message>
        <source>One notice per address, for the platform&apos;s reporting form or its e-mail address. Never attach the pictures.</source>
        <translation>Un signalement par adresse, pour le formulaire de signalement de la plateforme ou son adresse e-mail. Ne joignez jamais les images.</translation>
    </message>
    <message>
        <source>(statement of reasons {id})</source>
        <translation>(exposé des motifs {id})</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>&amp;Yearly count of every case…</source>
        <translation>&amp;Bilan annuel de tous les dossiers…</translation>
    </message>
    <message>
        <source>Transparency report (DSA Art. 22(3)), &amp;year:</source>
        <translation>Rapport de transparence (DSA, art. 22, par. 3), &amp;année :</translation>
    </message>
    <message>
        <source>&amp;Web captures</source>
        <translation>Captures &amp;web</translation>
    </message>
    <message>
        <source>A capture of the page where the content was seen, with its address, date and time, is kept sealed in the case as evidence. Make it with ArchiveWeb.page or Webrecorder (a WACZ or WARC file), then import it here.</source>
        <translation>Une capture de la page où le contenu a été vu, avec son adresse, sa date et son heure, est gardée scellée dans le dossier comme preuve. Faites-la avec ArchiveWeb.page ou Webrecorder (un fichier WACZ ou WARC), puis importez-la ici.</translation>
    </message>
    <message>
        <source>Web captures of the case</source>
        <translation>Captures web du dossier</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Captured on</source>
        <translation>Capturée le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>No web capture in this case yet.</source>
        <translation>Aucune capture web dans ce dossier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>&amp;Import a web capture (WACZ or WARC)…</source>
        <translation>&amp;Importer une capture web (WACZ ou WARC)…</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Capture d&apos;écran</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>Import a &amp;screenshot of the page…</source>
        <translation>Importer une capture d&apos;é&amp;cran de la page…</translation>
    </message>
</context>
<context>
    <name>CasesController</name>
    <message>
        <source>No case yet. Create one with File ▸ New case (Ctrl+N).</source>
        <translation>Aucun dossier pour l&apos;instant. Créez-en un avec Fichier ▸ Nouveau dossier (Ctrl+N).</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Title of the case:</source>
        <translation>Titre du dossier :</translation>
    </message>
    <message>
        <source>Demo case (neutral sample photos)</source>
        <translation>Dossier de démonstration (photos neutres)</translation>
    </message>
    <message>
        <source>This case is empty. Drag files or folders here, or use File ▸ Add files… (Ctrl+O).</source>
        <translation>Ce dossier est vide. Glissez ici des fichiers ou des dossiers, ou utilisez Fichier ▸ Ajouter des fichiers… (Ctrl+O).</translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <translation>{name} : {message}</translation>
    </message>
    <message>
        <source>Choose a media in the grid above to see it here.</source>
        <translation>Choisissez un média dans la grille ci-dessus pour l&apos;afficher ici.</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>Comparison with an original</source>
        <translation>Comparaison avec un original</translation>
    </message>
    <message>
        <source>If the person has the original photo, compare it with this image: the areas that were changed are the strongest evidence of an edit.</source>
        <translation>Si la personne a la photo d&apos;origine, comparez-la avec cette image : les zones modifiées sont l&apos;indice le plus fort d&apos;une retouche.</translation>
    </message>
    <message>
        <source>Compare with the original photo…</source>
        <translation>Comparer avec la photo d&apos;origine…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison en cours…</translation>
    </message>
    <message>
        <source>See both pictures side by side</source>
        <translation>Voir les deux images côte à côte</translation>
    </message>
</context>
<context>
    <name>DetectionsPanel</name>
    <message>
        <source>Detections</source>
        <translation>Détections</translation>
    </message>
    <message>
        <source>Detected regions</source>
        <translation>Zones détectées</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Reveal selected region</source>
        <translation>Dévoiler la zone sélectionnée</translation>
    </message>
    <message>
        <source>Show the selected region unblurred for a few seconds (Enter)</source>
        <translation>Afficher la zone sélectionnée sans flou pendant quelques secondes (Entrée)</translation>
    </message>
    <message>
        <source>Scores come from an automatic detector. They are hints, never a verdict: the detector makes mistakes (faces are often mislabelled, back views missed).</source>
        <translation>Les scores viennent d&apos;un détecteur automatique. Ce sont des indices, jamais un verdict : le détecteur se trompe (les visages sont souvent mal étiquetés, les vues de dos manquées).</translation>
    </message>
    <message>
        <source>Exposed body parts</source>
        <translation>Parties du corps exposées</translation>
    </message>
    <message>
        <source>Covered body parts</source>
        <translation>Parties du corps couvertes</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Visages</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Breast</source>
        <translation>Poitrine</translation>
    </message>
    <message>
        <source>Genitals</source>
        <translation>Parties génitales</translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation>Fesses</translation>
    </message>
    <message>
        <source>Anus</source>
        <translation>Anus</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Pieds</translation>
    </message>
    <message>
        <source>Belly</source>
        <translation>Ventre</translation>
    </message>
    <message>
        <source>Armpits</source>
        <translation>Aisselles</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>Select an image or a video to see what the detector found.</source>
        <translation>Sélectionnez une image ou une vidéo pour voir ce que le détecteur a trouvé.</translation>
    </message>
    <message>
        <source>Analysis in progress. The whole image stays blurred until it is done.</source>
        <translation>Analyse en cours. Toute l&apos;image reste floutée jusqu&apos;à la fin.</translation>
    </message>
    <message>
        <source>The analysis failed: {message} The image stays blurred.</source>
        <translation>L&apos;analyse a échoué : {message} L&apos;image reste floutée.</translation>
    </message>
    <message>
        <source>No sensitive region was detected. This does not prove there is none.</source>
        <translation>Aucune zone sensible n&apos;a été détectée. Cela ne prouve pas qu&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>{count} region(s) detected and blurred.</source>
        <translation>{count} zone(s) détectée(s) et floutée(s).</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Visage</translation>
    </message>
    <message>
        <source>Model label: {label}</source>
        <translation>Étiquette du modèle : {label}</translation>
    </message>
    <message>
        <source>Model score: {score} (a hint, not a verdict)</source>
        <translation>Score du modèle : {score} (un indice, pas un verdict)</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Add a reviewer</source>
        <translation>Ajouter un examinateur</translation>
    </message>
    <message>
        <source>The new reviewer gets their own key: everything they seal is signed with their name. Let them type their passphrase themselves; nobody can recover a forgotten passphrase. Their enrolment is recorded in the vault, signed by you.</source>
        <translation>La nouvelle personne reçoit sa propre clé : tout ce qu&apos;elle scelle est signé de son nom. Laissez-la saisir elle-même sa phrase secrète ; personne ne peut retrouver une phrase secrète oubliée. Son inscription est enregistrée dans le coffre, signée par vous.</translation>
    </message>
    <message>
        <source>Name of the new reviewer</source>
        <translation>Nom de la nouvelle personne</translation>
    </message>
    <message>
        <source>Their passphrase</source>
        <translation>Sa phrase secrète</translation>
    </message>
    <message>
        <source>Their passphrase again</source>
        <translation>Sa phrase secrète, à nouveau</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Name (as on exhibits)</source>
        <translation>&amp;Nom (tel qu&apos;il figurera sur les pièces)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Répétez-la</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Solidité</translation>
    </message>
    <message>
        <source>&amp;Add the reviewer</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>At least {n} characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Au moins {n} caractères ; quelques mots sans rapport entre eux se retiennent facilement et se devinent difficilement.</translation>
    </message>
    <message>
        <source>Not accepted: {why}</source>
        <translation>Refusée : {why}</translation>
    </message>
    <message>
        <source>Accepted. Longer is stronger.</source>
        <translation>Acceptée. Plus elle est longue, plus elle est solide.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>ExhibitController</name>
    <message>
        <source>Preparing the exhibit…</source>
        <translation>Préparation de la pièce…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export exhibit</source>
        <translation>Exporter une pièce</translation>
    </message>
    <message>
        <source>Gathering the signed records…</source>
        <translation>Rassemblement des enregistrements signés…</translation>
    </message>
    <message>
        <source>Preparing the media…</source>
        <translation>Préparation des médias…</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>Rédaction du rapport PDF…</translation>
    </message>
    <message>
        <source>Writing the manifest…</source>
        <translation>Écriture du manifeste…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <source>Exhibit exported</source>
        <translation>Pièce exportée</translation>
    </message>
    <message>
        <source>The exhibit was not exported</source>
        <translation>La pièce n’a pas été exportée</translation>
    </message>
    <message>
        <source>Verify an exhibit</source>
        <translation>Vérifier une pièce</translation>
    </message>
    <message>
        <source>Exhibit (*.zip)</source>
        <translation>Pièce (*.zip)</translation>
    </message>
    <message>
        <source>File: {path}
SHA-256: {sha}
Files in the exhibit: {count}
Media withheld as suspected minors (hashes only): {withheld}
Export record: {record}</source>
        <translation>Fichier : {path}
SHA-256 : {sha}
Fichiers dans la pièce : {count}
Médias retenus comme mineurs présumés (empreintes seulement) : {withheld}
Enregistrement de l’export : {record}</translation>
    </message>
    <message>
        <source>The exhibit is ready: {name}</source>
        <translation>La pièce est prête : {name}</translation>
    </message>
    <message>
        <source>Its export is recorded in the case&apos;s history. Give it to the lawyer or the investigators with the vault&apos;s fingerprint, told by another means (telephone, in person).</source>
        <translation>Son export est consigné dans l’historique du dossier. Remettez-la à l’avocat ou aux enquêteurs, avec l’empreinte du coffre communiquée par un autre moyen (téléphone, en main propre).</translation>
    </message>
    <message>
        <source>&amp;What next?</source>
        <translation>&amp;Et maintenant ?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export exhibit</source>
        <translation>Exporter une pièce</translation>
    </message>
    <message>
        <source>Export the case “{title}” as an exhibit: its signed records, redacted pictures, a PDF report and a verifier anyone can run.</source>
        <translation>Exporter le dossier « {title} » comme pièce : ses enregistrements signés, les images floutées, un rapport PDF et un vérificateur que chacun peut lancer.</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>e.g. Public prosecutor, Paris</source>
        <translation>p. ex. Procureur de la République, Paris</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Fichier de destination</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Include &amp;original files (unredacted)</source>
        <translation>Inclure les fichiers &amp;originaux (non floutés)</translation>
    </message>
    <message>
        <source>By default the exhibit holds only redacted pictures and the originals&apos; hashes. Media labelled “suspected minor” never get a picture in an exhibit.</source>
        <translation>Par défaut, la pièce ne contient que des images floutées et les empreintes des originaux. Les médias qualifiés de « mineur présumé » n’ont jamais d’image dans une pièce.</translation>
    </message>
    <message>
        <source>&amp;Language of the report</source>
        <translation>&amp;Langue du rapport</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Destinataire</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Enregistrer sous</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Save the exhibit as</source>
        <translation>Enregistrer la pièce sous</translation>
    </message>
    <message>
        <source>Exhibit (*.zip)</source>
        <translation>Pièce (*.zip)</translation>
    </message>
    <message>
        <source>Include the original files?</source>
        <translation>Inclure les fichiers originaux ?</translation>
    </message>
    <message>
        <source>The original files show everything unredacted: whoever opens the exhibit will see the intimate material itself, not the blurred copies.

Media labelled “suspected minor” are never included, whatever you choose here.

Include the original files in this exhibit?</source>
        <translation>Les fichiers originaux montrent tout sans flou : quiconque ouvre la pièce verra les images intimes elles-mêmes, pas les copies floutées.

Les médias qualifiés de « mineur présumé » ne sont jamais inclus, quel que soit votre choix.

Inclure les fichiers originaux dans cette pièce ?</translation>
    </message>
    <message>
        <source>Include the originals</source>
        <translation>Inclure les originaux</translation>
    </message>
    <message>
        <source>Export without originals</source>
        <translation>Exporter sans les originaux</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Reviewer</source>
        <translation>Bienvenue dans Reviewer</translation>
    </message>
    <message>
        <source>No vault was found in {folder}.

The vault keeps the material of your cases encrypted, and every action you seal is signed with your personal key. Choose your name as it should appear on exhibits, and a passphrase that protects your key. Nobody can recover a forgotten passphrase.</source>
        <translation>Aucun coffre n&apos;a été trouvé dans {folder}.

Le coffre conserve chiffrés les éléments de vos dossiers, et chaque action que vous scellez est signée avec votre clé personnelle. Indiquez votre nom tel qu&apos;il doit apparaître sur les pièces, et une phrase secrète qui protège votre clé. Personne ne peut retrouver une phrase secrète oubliée.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète, à nouveau</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Répétez-la</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Robustesse</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <source>Use at least {n} characters; a few unrelated words are easy to remember.</source>
        <translation>Utilisez au moins {n} caractères ; quelques mots sans rapport entre eux sont faciles à retenir.</translation>
    </message>
    <message>
        <source>Acceptable. Longer is stronger.</source>
        <translation>Acceptable. Plus longue, elle serait plus robuste.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <source>Not accepted: {why}</source>
        <translation>Refusée : {why}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary of terms</source>
        <translation>Glossaire des termes</translation>
    </message>
    <message>
        <source>The glossary is missing from this installation.</source>
        <translation>Le glossaire manque dans cette installation.</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
</context>
<context>
    <name>GridFilterBar</name>
    <message>
        <source>Search a file name</source>
        <translation>Rechercher un nom de fichier</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>État de l&apos;examen</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Images and videos</source>
        <translation>Images et vidéos</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Date d&apos;ajout</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Trier :</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name} : {value}</translation>
    </message>
</context>
<context>
    <name>GridFilterController</name>
    <message numerus="yes">
        <source>%n of {total} shown</source>
        <translation>
            <numerusform>%n sur {total} affiché</numerusform>
            <numerusform>%n sur {total} affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsController</name>
    <message>
        <source>Apply to the copies?</source>
        <translation>Appliquer aux copies ?</translation>
    </message>
    <message>
        <source>This picture has {count} near-identical copies in the case (same file, or PDQ distance of 31 bits or less). Seal the same decision on each of them? Each gets its own sealed record naming this picture.</source>
        <translation>Cette image a {count} copie(s) quasi identique(s) dans le dossier (même fichier, ou distance PDQ de 31 bits ou moins). Sceller la même décision sur chacune ? Chaque copie reçoit son propre enregistrement scellé qui nomme cette image.</translation>
    </message>
    <message>
        <source>Seal on the copies</source>
        <translation>Sceller sur les copies</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Decision sealed on {count} copies.</source>
        <translation>Décision scellée sur {count} copie(s).</translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <source>Forensic heatmaps</source>
        <translation>Cartes d&apos;analyse</translation>
    </message>
    <message>
        <source>Heatmaps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Opacité de la carte</translation>
    </message>
    <message>
        <source>Colour legend</source>
        <translation>Légende des couleurs</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fort</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Heatmaps show inconsistency cues, never proof. Bright areas deserve a closer look; dark areas prove nothing.</source>
        <translation>Les cartes montrent des indices d&apos;incohérence, jamais une preuve. Les zones claires méritent un examen attentif ; les zones sombres ne prouvent rien.</translation>
    </message>
    <message>
        <source>Computing the heatmaps…</source>
        <translation>Calcul des cartes…</translation>
    </message>
    <message>
        <source>No overlay</source>
        <translation>Aucune superposition</translation>
    </message>
    <message>
        <source>No heatmap for this media.</source>
        <translation>Aucune carte pour ce média.</translation>
    </message>
    <message>
        <source>Limits: {limits}</source>
        <translation>Limites : {limits}</translation>
    </message>
    <message>
        <source>Show expert maps (not reliable on edits like these)</source>
        <translation>Afficher les cartes pour experts (peu fiables sur ce type de retouche)</translation>
    </message>
    <message>
        <source>{name} (expert)</source>
        <translation>{name} (experts)</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Records of this media</source>
        <translation>Enregistrements de ce média</translation>
    </message>
    <message>
        <source>Verify the case</source>
        <translation>Vérifier le dossier</translation>
    </message>
    <message>
        <source>Added to the case</source>
        <translation>Ajouté au dossier</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analysé</translation>
    </message>
    <message>
        <source>Region revealed</source>
        <translation>Zone dévoilée</translation>
    </message>
    <message>
        <source>Review sealed</source>
        <translation>Examen scellé</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>{time}  {what}  by {who}</source>
        <translation>{time}  {what}  par {who}</translation>
    </message>
    <message>
        <source>Review corrected</source>
        <translation>Examen corrigé</translation>
    </message>
    <message>
        <source>Latest checkpoint of the case:
{checkpoint}</source>
        <translation>Dernier point de contrôle du dossier :
{checkpoint}</translation>
    </message>
    <message>
        <source>✔ The case checks: nothing in it was changed.</source>
        <translation>✔ Le dossier est vérifié : rien n’y a été modifié.</translation>
    </message>
    <message>
        <source>Every record is signed with a reviewer&apos;s key and chained to the one before.</source>
        <translation>Chaque enregistrement est signé avec la clé d’un examinateur et chaîné au précédent.</translation>
    </message>
    <message>
        <source>✘ The check failed: the case&apos;s log was changed or damaged.</source>
        <translation>✘ La vérification a échoué : le journal du dossier a été modifié ou endommagé.</translation>
    </message>
    <message>
        <source>{message} Call your IT contact before adding anything to this case.</source>
        <translation>{message} Appelez votre contact informatique avant d’ajouter quoi que ce soit à ce dossier.</translation>
    </message>
    <message>
        <source>Case renamed</source>
        <translation>Dossier renommé</translation>
    </message>
    <message>
        <source>Earlier dates noted as wrong (clock ahead)</source>
        <translation>Dates précédentes signalées comme fausses (horloge en avance)</translation>
    </message>
</context>
<context>
    <name>IngestController</name>
    <message>
        <source>Add files to the case</source>
        <translation>Ajouter des fichiers au dossier</translation>
    </message>
    <message>
        <source>Images and videos ({patterns});;All files (*)</source>
        <translation>Images et vidéos ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add a folder to the case</source>
        <translation>Ajouter le contenu d&apos;un répertoire au dossier</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>No image or video found there.</source>
        <translation>Aucune image ni vidéo trouvée à cet endroit.</translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <translation>{name} : {message}</translation>
    </message>
    <message>
        <source>Adding files: {done} of {total} done</source>
        <translation>Ajout des fichiers : {done} sur {total} traités</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>The language changes once the current work is finished.</source>
        <translation>La langue changera dès que le travail en cours sera terminé.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Hide everything and ask for the passphrase again (Ctrl+L)</source>
        <translation>Tout masquer et redemander la phrase secrète (Ctrl+L)</translation>
    </message>
    <message>
        <source>Locked. Type your passphrase to go on.</source>
        <translation>Verrouillé. Saisissez votre phrase secrète pour continuer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Media hidden</source>
        <translation>Médias masqués</translation>
    </message>
    <message>
        <source>All media are hidden.

Take the time you need.</source>
        <translation>Tous les médias sont masqués.

Prenez le temps qu&apos;il vous faut.</translation>
    </message>
    <message>
        <source>Show media again</source>
        <translation>Afficher à nouveau les médias</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Détections</translation>
    </message>
    <message>
        <source>Heatmaps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open a case on the left, then add files (drag them here, or File ▸ Add files…).</source>
        <translation>Ouvrez un dossier à gauche, puis ajoutez des fichiers (glissez-les ici, ou Fichier ▸ Ajouter des fichiers…).</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add a &amp;folder…</source>
        <translation>Ajouter un &amp;répertoire…</translation>
    </message>
    <message>
        <source>&amp;Export exhibit…</source>
        <translation>&amp;Exporter une pièce…</translation>
    </message>
    <message>
        <source>Export the case for a court or a platform (Ctrl+E)</source>
        <translation>Exporter le dossier pour un tribunal ou une plateforme (Ctrl+E)</translation>
    </message>
    <message>
        <source>Verify an e&amp;xhibit…</source>
        <translation>Vérifier une pi&amp;èce…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Hide all media</source>
        <translation>&amp;Masquer tous les médias</translation>
    </message>
    <message>
        <source>Hide every image and video at once (F12)</source>
        <translation>Masquer d&apos;un coup toutes les images et vidéos (F12)</translation>
    </message>
    <message>
        <source>Show &amp;media again</source>
        <translation>Afficher à nouveau les &amp;médias</translation>
    </message>
    <message>
        <source>&amp;Grayscale</source>
        <translation>&amp;Niveaux de gris</translation>
    </message>
    <message>
        <source>Show the image in shades of grey (Ctrl+G)</source>
        <translation>Afficher l&apos;image en niveaux de gris (Ctrl+G)</translation>
    </message>
    <message>
        <source>Region &amp;outlines</source>
        <translation>&amp;Contours des zones</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Seal the review</source>
        <translation>&amp;Sceller l&apos;examen</translation>
    </message>
    <message>
        <source>&amp;Verify the case</source>
        <translation>&amp;Vérifier le dossier</translation>
    </message>
    <message>
        <source>&amp;Compare with the original photo…</source>
        <translation>&amp;Comparer avec la photo d&apos;origine…</translation>
    </message>
    <message>
        <source>&amp;Next media</source>
        <translation>Média &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous media</source>
        <translation>Média &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;About Reviewer</source>
        <translation>À &amp;propos de Reviewer</translation>
    </message>
    <message>
        <source>&amp;Detections</source>
        <translation>&amp;Détections</translation>
    </message>
    <message>
        <source>&amp;Heatmaps</source>
        <translation>&amp;Cartes</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Examen</translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation>&amp;Provenance</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Hide all media</source>
        <translation>Masquer tous les médias</translation>
    </message>
    <message>
        <source>About Reviewer</source>
        <translation>À propos de Reviewer</translation>
    </message>
    <message>
        <source>Reviewer {version}
Offline review of reported intimate images, with a signed evidence vault. Licence: AGPL-3.0-or-later.</source>
        <translation>Reviewer {version}
Examen hors ligne d&apos;images intimes signalées, avec un coffre de preuves signé. Licence : AGPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>&amp;What next? Guide…</source>
        <translation>&amp;Et maintenant ? Guide…</translation>
    </message>
    <message>
        <source>&amp;Glossary of terms…</source>
        <translation>&amp;Glossaire des termes…</translation>
    </message>
    <message>
        <source>Re&amp;name the case…</source>
        <translation>Re&amp;nommer le dossier…</translation>
    </message>
    <message>
        <source>Re&amp;move from the case…</source>
        <translation>Reti&amp;rer du dossier…</translation>
    </message>
    <message>
        <source>Show the comparison side &amp;by side</source>
        <translation>Afficher la comparaison &amp;côte à côte</translation>
    </message>
    <message>
        <source>&amp;Add a reviewer…</source>
        <translation>&amp;Ajouter un examinateur…</translation>
    </message>
    <message>
        <source>&amp;Verify the whole vault…</source>
        <translation>&amp;Vérifier tout le coffre…</translation>
    </message>
    <message>
        <source>Va&amp;ult</source>
        <translation>Co&amp;ffre</translation>
    </message>
    <message>
        <source>&amp;After the review…</source>
        <translation>&amp;Après l&apos;examen…</translation>
    </message>
    <message>
        <source>Notices to the platform and Pharos, fingerprints for StopNCII and the police, the complaint annex (Ctrl+Shift+A)</source>
        <translation>Signalements à la plateforme et à Pharos, empreintes pour StopNCII et la police, annexe à la plainte (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>&amp;Remove a reviewer&apos;s access…</source>
        <translation>&amp;Retirer l&apos;accès d&apos;un examinateur…</translation>
    </message>
    <message>
        <source>&amp;Dates in this case were wrong…</source>
        <translation>&amp;Des dates de ce dossier étaient fausses…</translation>
    </message>
    <message>
        <source>When a seal is refused because an earlier record is dated after this computer&apos;s clock</source>
        <translation>Quand un scellement est refusé parce qu&apos;un enregistrement antérieur est daté d&apos;après l&apos;horloge de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>MediaGrid</name>
    <message>
        <source>Media of the case</source>
        <translation>Médias du dossier</translation>
    </message>
</context>
<context>
    <name>MediaGridModel</name>
    <message>
        <source>{name} (suspected minor, not shown)</source>
        <translation>{name} (mineur présumé, non affiché)</translation>
    </message>
    <message>
        <source>{name} (cannot be shown)</source>
        <translation>{name} (impossible à afficher)</translation>
    </message>
    <message>
        <source>{name} (not added)</source>
        <translation>{name} (non ajouté)</translation>
    </message>
    <message>
        <source>{count} × {name}</source>
        <translation>{count} × {name}</translation>
    </message>
    <message>
        <source>{name}: {count} identical pictures, shown once</source>
        <translation>{name} : {count} images identiques, affichées une seule fois</translation>
    </message>
    <message>
        <source>{name} (being added)</source>
        <translation>{name} (ajout en cours)</translation>
    </message>
    <message>
        <source>{name} (being read)</source>
        <translation>{name} (lecture en cours)</translation>
    </message>
    <message>
        <source>{name} (analysis pending)</source>
        <translation>{name} (analyse en attente)</translation>
    </message>
    <message>
        <source>{name} (analysed)</source>
        <translation>{name} (analysé)</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>Visionneuse d&apos;image</translation>
    </message>
    <message>
        <source>Shows the safe rendering of the selected image. Click a blurred region to reveal it.</source>
        <translation>Affiche le rendu protégé de l&apos;image sélectionnée. Cliquez sur une zone floutée pour la dévoiler.</translation>
    </message>
</context>
<context>
    <name>NextStepsDialog</name>
    <message>
        <source>What next?</source>
        <translation>Et maintenant ?</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>In every case</source>
        <translation>Dans tous les cas</translation>
    </message>
    <message>
        <source>Advice for:</source>
        <translation>Conseils pour :</translation>
    </message>
    <message>
        <source>Checked on {date} against the public services&apos; own pages (version {version}).</source>
        <translation>Vérifié le {date} auprès des pages officielles des services publics (version {version}).</translation>
    </message>
    <message>
        <source>&amp;Prepare the notices, fingerprints and complaint…</source>
        <translation>&amp;Préparer signalements, empreintes et plainte…</translation>
    </message>
</context>
<context>
    <name>NoticeAnswerDialog</name>
    <message>
        <source>Record the platform&apos;s answer</source>
        <translation>Noter la réponse de la plateforme</translation>
    </message>
    <message>
        <source>The notice sent to {platform} on {date}. The record is signed with your key and kept in the case&apos;s history.</source>
        <translation>Le signalement envoyé à {platform} le {date}. L&apos;enregistrement est signé avec votre clé et gardé dans l&apos;historique du dossier.</translation>
    </message>
    <message>
        <source>Paste or sum up the platform&apos;s answer</source>
        <translation>Collez ou résumez la réponse de la plateforme</translation>
    </message>
    <message>
        <source>If the answer gives one</source>
        <translation>Si la réponse en donne un</translation>
    </message>
    <message>
        <source>&amp;Where it stands</source>
        <translation>&amp;Où il en est</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Réponse</translation>
    </message>
    <message>
        <source>&amp;Statement of reasons number</source>
        <translation>Numéro de l&apos;&amp;exposé des motifs</translation>
    </message>
    <message>
        <source>Answered &amp;on</source>
        <translation>Réponse &amp;reçue le</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où il en est</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Statement of reasons number</source>
        <translation>Numéro de l&apos;exposé des motifs</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Réponse reçue le</translation>
    </message>
    <message>
        <source>Record and &amp;sign</source>
        <translation>Noter et &amp;signer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>NotifierDialog</name>
    <message>
        <source>Organisation&apos;s identity</source>
        <translation>Identité de l&apos;organisation</translation>
    </message>
    <message>
        <source>These details come from the organisation&apos;s settings, set by the person who installed Reviewer. Ask them to change them.</source>
        <translation>Ces informations viennent des réglages de l&apos;organisation, définis par la personne qui a installé Reviewer. Demandez-lui de les modifier.</translation>
    </message>
    <message>
        <source>Every notice to a platform gives the name and e-mail address of whoever sends it. They are kept on this computer for the notices of every case.</source>
        <translation>Chaque signalement à une plateforme donne le nom et l&apos;adresse e-mail de qui l&apos;envoie. Ils sont gardés sur cet ordinateur pour les signalements de tous les dossiers.</translation>
    </message>
    <message>
        <source>e.g. Association d&apos;aide aux victimes</source>
        <translation>p. ex. Association d&apos;aide aux victimes</translation>
    </message>
    <message>
        <source>e.g. reports@association.org</source>
        <translation>p. ex. signalements@association.org</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Postal address</source>
        <translation>Adresse &amp;postale</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Trusted &amp;flagger status</source>
        <translation>Statut de &amp;signaleur de confiance</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Trusted flagger status</source>
        <translation>Statut de signaleur de confiance</translation>
    </message>
    <message>
        <source>Only if a regulator designated you (e.g. Arcom)</source>
        <translation>Seulement si une autorité vous a désigné (p. ex. Arcom)</translation>
    </message>
</context>
<context>
    <name>PlainResult</name>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Provenance signals</source>
        <translation>Indices de provenance</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Missing metadata proves nothing: most platforms remove it.</source>
        <translation>L&apos;absence de métadonnées ne prouve rien : la plupart des plateformes les suppriment.</translation>
    </message>
    <message>
        <source>{name}
{width}×{height}, {format}
SHA-256: {sha256}</source>
        <translation>{name}
{width}×{height}, {format}
SHA-256 : {sha256}</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>No provenance signal found</source>
        <translation>Aucun indice de provenance trouvé</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de secours</translation>
    </message>
    <message>
        <source>If every passphrase is one day forgotten or lost, this code still opens the vault, so the evidence is not lost. It is shown only this once. Print it, or write it down carefully, and keep it in the organisation&apos;s safe: never on this computer or with the laptop.</source>
        <translation>Si un jour toutes les phrases secrètes sont oubliées ou perdues, ce code ouvre encore le coffre : les preuves ne sont pas perdues. Il n&apos;est affiché qu&apos;une seule fois. Imprimez-le, ou recopiez-le soigneusement, et gardez-le sous clé dans les locaux de l&apos;association (une armoire forte) : jamais sur cet ordinateur ni avec lui.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <source>To use it: in the unlock window, choose &quot;Recovery key&quot; and type this code as the passphrase.</source>
        <translation>Pour l&apos;utiliser : dans la fenêtre de déverrouillage, choisissez « Clé de secours » et tapez ce code comme phrase secrète.</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down this code and will keep it in a safe place</source>
        <translation>J&apos;ai &amp;imprimé ou recopié ce code et je le garderai en lieu sûr</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimer le code de secours</translation>
    </message>
</context>
<context>
    <name>RefusedFilesDialog</name>
    <message>
        <source>Some files were not added</source>
        <translation>Certains fichiers n’ont pas été ajoutés</translation>
    </message>
    <message>
        <source>Some files were not analysed</source>
        <translation>Certains fichiers n’ont pas été analysés</translation>
    </message>
    <message>
        <source>Added, not analysed</source>
        <translation>Ajouté, non analysé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>{state}: {reason}</source>
        <translation>{state} : {reason}</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Que faire : {advice}</translation>
    </message>
    <message>
        <source>For each file below: why, and what to do. The other files are in the case.</source>
        <translation>Pour chaque fichier ci-dessous : pourquoi, et que faire. Les autres fichiers sont dans le dossier.</translation>
    </message>
</context>
<context>
    <name>RemovalController</name>
    <message>
        <source>“{name}” was removed from the case. The removal is recorded in its log.</source>
        <translation>« {name} » a été retiré du dossier. Le retrait est consigné dans son journal.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Non retiré</translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message>
        <source>Remove from the case</source>
        <translation>Retirer du dossier</translation>
    </message>
    <message>
        <source>Remove “{name}” from the case?</source>
        <translation>Retirer « {name} » du dossier ?</translation>
    </message>
    <message>
        <source>Its stored file and its heatmaps are destroyed for good. It leaves the case and the pictures of every exhibit exported from now on.</source>
        <translation>Son fichier conservé et ses cartes sont détruits définitivement. Il disparaît du dossier et des images de toute pièce exportée à partir de maintenant.</translation>
    </message>
    <message>
        <source>Its hashes and everything recorded about it stay in the case&apos;s log, with this removal, your name and the reason below: the log shows it was there and why it was removed.</source>
        <translation>Ses empreintes et tout ce qui a été enregistré à son sujet restent dans le journal du dossier, avec ce retrait, votre nom et la raison ci-dessous : le journal montre qu&apos;il était là et pourquoi il a été retiré.</translation>
    </message>
    <message>
        <source>Its sealed review ({labels}) stays in the log.</source>
        <translation>Son examen scellé ({labels}) reste dans le journal.</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s) already exported contain it; they are not changed.</source>
        <translation>
            <numerusform>%n pièce déjà exportée le contient ; elle n&apos;est pas modifiée.</numerusform>
            <numerusform>%n pièces déjà exportées le contiennent ; elles ne sont pas modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for the removal</source>
        <translation>Raison du retrait</translation>
    </message>
    <message>
        <source>&amp;Reason (recorded):</source>
        <translation>&amp;Raison (enregistrée) :</translation>
    </message>
    <message>
        <source>&amp;Remove from the case</source>
        <translation>&amp;Retirer du dossier</translation>
    </message>
</context>
<context>
    <name>RenameController</name>
    <message>
        <source>The case was renamed. The new title is recorded in its log.</source>
        <translation>Le dossier a été renommé. Le nouveau titre est consigné dans son journal.</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename the case</source>
        <translation>Renommer le dossier</translation>
    </message>
    <message>
        <source>The new title is sealed in the case&apos;s log; the earlier titles stay there. Exhibits exported from now on carry the new title.</source>
        <translation>Le nouveau titre est scellé dans le journal du dossier ; les titres précédents y restent. Les pièces exportées à partir de maintenant portent le nouveau titre.</translation>
    </message>
    <message>
        <source>New title of the case</source>
        <translation>Nouveau titre du dossier</translation>
    </message>
    <message>
        <source>Titles of the case so far</source>
        <translation>Titres successifs du dossier</translation>
    </message>
    <message>
        <source>{time}: “{title}”, opened by {who}</source>
        <translation>{time} : « {title} », ouvert par {who}</translation>
    </message>
    <message>
        <source>{time}: renamed “{title}” by {who}</source>
        <translation>{time} : renommé « {title} » par {who}</translation>
    </message>
    <message>
        <source>New &amp;title</source>
        <translation>Nouveau &amp;titre</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Titles so far:</source>
        <translation>Titres successifs :</translation>
    </message>
</context>
<context>
    <name>RevealBar</name>
    <message>
        <source>Show softer</source>
        <translation>Voir moins flou</translation>
    </message>
    <message>
        <source>Show the whole picture less blurred for a few seconds: shapes, no detail; detected regions stay blurred</source>
        <translation>Afficher toute l’image moins floutée pendant quelques secondes : les formes, aucun détail ; les zones détectées restent floutées</translation>
    </message>
    <message>
        <source>Show clear picture</source>
        <translation>Voir l’image nette</translation>
    </message>
    <message>
        <source>Show the whole picture without blur for a few seconds</source>
        <translation>Afficher toute l’image sans flou pendant quelques secondes</translation>
    </message>
    <message>
        <source>Click an outlined region to uncover it.</source>
        <translation>Cliquez sur une zone encadrée pour la dévoiler.</translation>
    </message>
    <message>
        <source>Time left before the picture is blurred again</source>
        <translation>Temps restant avant que l’image soit floutée à nouveau</translation>
    </message>
    <message>
        <source>Blur again now</source>
        <translation>Flouter maintenant</translation>
    </message>
    <message>
        <source>{what} uncovered: blurred again in {seconds} s</source>
        <translation>{what} dévoilée : floutée à nouveau dans {seconds} s</translation>
    </message>
    <message>
        <source>Nothing can be uncovered: a look would not be recorded.</source>
        <translation>Rien ne peut être dévoilé : ce regard ne pourrait pas être enregistré.</translation>
    </message>
</context>
<context>
    <name>RevealConfirmation</name>
    <message>
        <source>Reveal a region?</source>
        <translation>Dévoiler une zone ?</translation>
    </message>
    <message>
        <source>It will be blurred again after a few seconds, or at your next click. Each reveal is recorded in the case&apos;s log.</source>
        <translation>Elle sera floutée à nouveau après quelques secondes, ou à votre prochain clic. Chaque dévoilement est consigné dans le journal du dossier.</translation>
    </message>
    <message>
        <source>Show the clear picture?</source>
        <translation>Afficher l’image nette ?</translation>
    </message>
    <message>
        <source>The whole picture will be shown without blur.</source>
        <translation>Toute l’image sera affichée sans flou.</translation>
    </message>
    <message>
        <source>Show the picture less blurred?</source>
        <translation>Afficher l’image moins floutée ?</translation>
    </message>
    <message>
        <source>The whole picture will be shown less blurred: shapes and the scene, no detail. Detected regions stay blurred.</source>
        <translation>Toute l’image sera affichée moins floutée : les formes et la scène, aucun détail. Les zones détectées restent floutées.</translation>
    </message>
    <message>
        <source>The region will be shown unblurred.</source>
        <translation>La zone sera affichée sans flou.</translation>
    </message>
</context>
<context>
    <name>RevealController</name>
    <message>
        <source>Reveal</source>
        <translation>Dévoiler</translation>
    </message>
    <message>
        <source>Clear picture</source>
        <translation>Image nette</translation>
    </message>
    <message>
        <source>Softer view</source>
        <translation>Vue moins floue</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zone</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Checking the case: {done} of {total} records…</source>
        <translation>Vérification du dossier : {done} enregistrements sur {total}…</translation>
    </message>
    <message>
        <source>the media is not in the vault yet.</source>
        <translation>le média n&apos;est pas encore dans le coffre.</translation>
    </message>
    <message>
        <source>Record {record} (position {seq} in the case&apos;s log)
Signed by key {signer} at {time}

New checkpoint of the case:
{checkpoint}</source>
        <translation>Enregistrement {record} (position {seq} dans le journal du dossier)
Signé par la clé {signer} à {time}

Nouveau point de contrôle du dossier :
{checkpoint}</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>Review form</source>
        <translation>Formulaire d&apos;examen</translation>
    </message>
    <message>
        <source>What is it? (one or more)</source>
        <translation>De quoi s&apos;agit-il ? (un ou plusieurs choix)</translation>
    </message>
    <message>
        <source>Suspected minor: exports of this media will contain its hashes only, never the image, not even blurred.</source>
        <translation>Mineur présumé : les exports de ce média ne contiendront que ses empreintes, jamais l&apos;image, même floutée.</translation>
    </message>
    <message>
        <source>Legal qualification</source>
        <translation>Qualification juridique</translation>
    </message>
    <message>
        <source>Sexual montage without consent (Code pénal art. 226-8-1)</source>
        <translation>Montage à caractère sexuel sans consentement (Code pénal art. 226-8-1)</translation>
    </message>
    <message>
        <source>Sharing an intimate image without consent (Code pénal art. 226-2-1)</source>
        <translation>Diffusion d&apos;une image intime sans consentement (Code pénal art. 226-2-1)</translation>
    </message>
    <message>
        <source>Child sexual abuse material (Code pénal art. 227-23)</source>
        <translation>Image pédopornographique (Code pénal art. 227-23)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Legal &amp;qualification</source>
        <translation>&amp;Qualification juridique</translation>
    </message>
    <message>
        <source>Source &amp;URL</source>
        <translation>&amp;URL de la source</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Date seen</source>
        <translation>&amp;Date de constatation</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL de la source</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Date seen</source>
        <translation>Date de constatation</translation>
    </message>
    <message>
        <source>&amp;Seal the review</source>
        <translation>&amp;Sceller l&apos;examen</translation>
    </message>
    <message>
        <source>Sign the review with your key and add it to the case&apos;s log (Ctrl+Return)</source>
        <translation>Signer l&apos;examen avec votre clé et l&apos;ajouter au journal du dossier (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>The form changed since it was sealed; sealing again adds a new record.</source>
        <translation>Le formulaire a changé depuis le scellement ; sceller à nouveau ajoute un nouvel enregistrement.</translation>
    </message>
    <message>
        <source>Not sealed: {message}</source>
        <translation>Non scellé : {message}</translation>
    </message>
    <message>
        <source>Sealed decision</source>
        <translation>Décision scellée</translation>
    </message>
    <message>
        <source>C&amp;orrect</source>
        <translation>C&amp;orriger</translation>
    </message>
    <message>
        <source>Seal a new decision that replaces this one; both stay in the history</source>
        <translation>Sceller une nouvelle décision qui remplace celle-ci ; les deux restent dans l’historique</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Annuler la correction</translation>
    </message>
    <message>
        <source>Correcting the decision of {when}. Sealing adds a new record that replaces it; the earlier decision stays in the history.</source>
        <translation>Correction de la décision du {when}. Sceller ajoute un nouvel enregistrement qui la remplace ; la décision précédente reste dans l’historique.</translation>
    </message>
    <message>
        <source>Legal qualification: {text}</source>
        <translation>Qualification juridique : {text}</translation>
    </message>
    <message>
        <source>Notes: {text}</source>
        <translation>Notes : {text}</translation>
    </message>
    <message>
        <source>Sealed by {who} on {when}.</source>
        <translation>Scellé par {who} le {when}.</translation>
    </message>
    <message>
        <source>Corrected on {when} by {who}: it replaces the decision of {earlier}.</source>
        <translation>Corrigé le {when} par {who} : remplace la décision du {earlier}.</translation>
    </message>
    <message>
        <source>Check the summary, then confirm to seal.</source>
        <translation>Vérifiez le résumé, puis confirmez pour sceller.</translation>
    </message>
    <message>
        <source>Not sealed: nothing was signed.</source>
        <translation>Non scellé : rien n’a été signé.</translation>
    </message>
    <message>
        <source>Review recorded and signed.</source>
        <translation>Examen enregistré et signé.</translation>
    </message>
    <message>
        <source>It is in the case&apos;s log, signed with your key. The History tab lists it.</source>
        <translation>Il figure dans le journal du dossier, signé avec votre clé. L’onglet Historique le montre.</translation>
    </message>
</context>
<context>
    <name>ReviewersController</name>
    <message>
        <source>Reviewer added</source>
        <translation>Examinateur ajouté</translation>
    </message>
    <message>
        <source>{name} can now open the vault with their own passphrase: they choose their name in the unlock window. Their enrolment is recorded in the vault, signed by you.</source>
        <translation>{name} peut maintenant ouvrir le coffre avec sa propre phrase secrète, en choisissant son nom dans la fenêtre de déverrouillage. Son inscription est enregistrée dans le coffre, signée par vous.</translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation>La clé de secours</translation>
    </message>
    <message>
        <source>Access removed</source>
        <translation>Accès retiré</translation>
    </message>
    <message>
        <source>{name} can no longer open the vault or sign in it. What is recorded from now on is protected by a new key. The removal is recorded in the vault, signed by you.

Exhibits are now signed with a new key too: their cover letter gives its fingerprint, to read to recipients who check where an exhibit comes from.</source>
        <translation>{name} ne peut plus ouvrir le coffre ni y signer quoi que ce soit. Ce qui est enregistré à partir de maintenant est protégé par une nouvelle clé. Le retrait est enregistré dans le coffre, signé par vous.

Les pièces sont désormais signées elles aussi avec une nouvelle clé : leur lettre d&apos;accompagnement en donne l&apos;empreinte, à lire aux destinataires qui vérifient d&apos;où vient une pièce.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Remove a reviewer&apos;s access</source>
        <translation>Retirer l&apos;accès d&apos;un examinateur</translation>
    </message>
    <message>
        <source>The reviewer you choose will no longer be able to open this vault or sign anything in it. What they sealed before stays valid, signed with their name. Everything recorded from now on is protected by a new key that they do not have. What they could already see stays readable to them only if they kept a copy of the vault folder. Their removal is recorded in the vault, signed by you.</source>
        <translation>La personne choisie ne pourra plus ouvrir ce coffre ni y signer quoi que ce soit. Ce qu&apos;elle a scellé auparavant reste valable, signé à son nom. Tout ce qui est enregistré à partir de maintenant est protégé par une nouvelle clé qu&apos;elle n&apos;a pas. Ce qu&apos;elle pouvait déjà voir ne lui reste lisible que si elle a gardé une copie du dossier du coffre. Son retrait est enregistré dans le coffre, signé par vous.</translation>
    </message>
    <message>
        <source>Reviewer whose access is removed</source>
        <translation>Examinateur dont l&apos;accès est retiré</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>{name} (added on {date})</source>
        <translation>{name} (depuis le {date})</translation>
    </message>
    <message>
        <source>For example: left the organisation</source>
        <translation>Par exemple : a quitté l&apos;association</translation>
    </message>
    <message>
        <source>Reason for the removal</source>
        <translation>Raison du retrait</translation>
    </message>
    <message>
        <source>Nobody else can open this vault, so there is no access to remove.</source>
        <translation>Personne d&apos;autre ne peut ouvrir ce coffre : il n&apos;y a aucun accès à retirer.</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>&amp;Examinateur</translation>
    </message>
    <message>
        <source>R&amp;eason (recorded)</source>
        <translation>Ra&amp;ison (enregistrée)</translation>
    </message>
    <message>
        <source>Re&amp;move their access</source>
        <translation>&amp;Retirer son accès</translation>
    </message>
</context>
<context>
    <name>RollbackWarning</name>
    <message>
        <source>This vault is not the latest one</source>
        <translation>Ce coffre n&apos;est pas le plus récent</translation>
    </message>
    <message>
        <source>This vault is not the one you last worked with.</source>
        <translation>Ce coffre n&apos;est pas celui avec lequel vous avez travaillé la dernière fois.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>J&apos;ai compris</translation>
    </message>
</context>
<context>
    <name>ScreenshotCaptureDialog</name>
    <message>
        <source>Import a screenshot of the page</source>
        <translation>Importer une capture d&apos;écran de la page</translation>
    </message>
    <message>
        <source>Give the screenshot of the whole page (PNG or JPEG), the page saved by the browser (File ▸ Save page as, HTML), its address and when you took the screenshot. Both files are sealed in the case, unchanged.</source>
        <translation>Indiquez la capture d&apos;écran de la page entière (PNG ou JPEG), la page enregistrée par le navigateur (Fichier ▸ Enregistrer la page sous, HTML), son adresse et le moment où vous avez fait la capture. Les deux fichiers sont scellés dans le dossier, sans modification.</translation>
    </message>
    <message>
        <source>https://… as in the browser&apos;s address bar</source>
        <translation>https://… comme dans la barre d&apos;adresse du navigateur</translation>
    </message>
    <message>
        <source>Page &amp;address</source>
        <translation>Adresse de la &amp;page</translation>
    </message>
    <message>
        <source>&amp;Taken on</source>
        <translation>Prise &amp;le</translation>
    </message>
    <message>
        <source>&amp;Screenshot</source>
        <translation>&amp;Capture d&apos;écran</translation>
    </message>
    <message>
        <source>Choose the screenshot</source>
        <translation>Choisir la capture d&apos;écran</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Page (&amp;HTML)</source>
        <translation>Page (&amp;HTML)</translation>
    </message>
    <message>
        <source>Choose the saved page</source>
        <translation>Choisir la page enregistrée</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Page address</source>
        <translation>Adresse de la page</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Capture d&apos;écran</translation>
    </message>
    <message>
        <source>Page (HTML)</source>
        <translation>Page (HTML)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Seal in the &amp;case</source>
        <translation>Sceller dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Cho&amp;isir…</translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation>Choisi&amp;r…</translation>
    </message>
</context>
<context>
    <name>SealSummaryDialog</name>
    <message>
        <source>Seal this review?</source>
        <translation>Sceller cet examen ?</translation>
    </message>
    <message>
        <source>You are about to sign this review with your key. Once sealed it cannot be removed; a mistake is fixed later by a correction, and both stay in the history.</source>
        <translation>Vous allez signer cet examen avec votre clé. Une fois scellé, il ne peut plus être retiré ; une erreur se corrige ensuite par une correction, et les deux restent dans l’historique.</translation>
    </message>
    <message>
        <source>&amp;Confirm and seal</source>
        <translation>&amp;Confirmer et sceller</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>the decision of {when}</source>
        <translation>la décision du {when}</translation>
    </message>
    <message>
        <source>Legal qualification</source>
        <translation>Qualification juridique</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>aucune indiquée</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>SelftestFailedBox</name>
    <message>
        <source>Reviewer failed its start-up check</source>
        <translation>Reviewer n’a pas réussi sa vérification de démarrage</translation>
    </message>
    <message>
        <source>• Failed: {title}
   {detail}</source>
        <translation>• Échec : {title}
   {detail}</translation>
    </message>
    <message>
        <source>Reviewer checks its own files every time it starts. This time some of them are not as they were installed:

{failed}</source>
        <translation>Reviewer vérifie ses propres fichiers à chaque démarrage. Cette fois, certains ne sont plus tels qu’ils ont été installés :

{failed}</translation>
    </message>
    <message>
        <source>Reviewer cannot safely open your vault with these files, so it will close. Your vault has not been changed.</source>
        <translation>Reviewer ne peut pas ouvrir votre coffre sans risque avec ces fichiers : il va donc se fermer. Votre coffre n’a pas été modifié.</translation>
    </message>
    <message>
        <source>To protect your cases, analysing media is turned off: you can read your cases and their history, but you cannot add files until Reviewer is reinstalled. Media stay fully blurred.</source>
        <translation>Pour protéger vos dossiers, l’analyse des médias est désactivée : vous pouvez consulter vos dossiers et leur historique, mais vous ne pouvez pas ajouter de fichiers tant que Reviewer n’a pas été réinstallé. Les médias restent entièrement floutés.</translation>
    </message>
    <message>
        <source>{consequence}

What to do: reinstall Reviewer, or give the details below to your IT team.</source>
        <translation>{consequence}

Que faire : réinstallez Reviewer, ou transmettez les détails ci-dessous à votre service informatique.</translation>
    </message>
    <message>
        <source>Quit Reviewer</source>
        <translation>Quitter Reviewer</translation>
    </message>
    <message>
        <source>Continue without analysis</source>
        <translation>Continuer sans analyse</translation>
    </message>
</context>
<context>
    <name>SentNoticeDialog</name>
    <message>
        <source>The platform&apos;s reporting form</source>
        <translation>Formulaire de signalement de la plateforme</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Pharos (internet-signalement.gouv.fr)</source>
        <translation>Pharos (internet-signalement.gouv.fr)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Trusted flagger interface (API)</source>
        <translation>Interface des signaleurs de confiance (API)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Record a notice sent</source>
        <translation>Noter un signalement envoyé</translation>
    </message>
    <message>
        <source>Record a notice once you have sent it. The record is signed with your key and kept in the case&apos;s history; it cannot be removed afterwards.</source>
        <translation>Notez un signalement une fois envoyé. L&apos;enregistrement est signé avec votre clé et gardé dans l&apos;historique du dossier ; il ne peut plus être retiré ensuite.</translation>
    </message>
    <message>
        <source>e.g. the platform&apos;s name or site</source>
        <translation>p. ex. le nom ou le site de la plateforme</translation>
    </message>
    <message>
        <source>e.g. the platform&apos;s reference number</source>
        <translation>p. ex. le numéro de référence donné par la plateforme</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <source>Sent &amp;through</source>
        <translation>Envoyé &amp;par</translation>
    </message>
    <message>
        <source>&amp;Addresses (one per line)</source>
        <translation>&amp;Adresses (une par ligne)</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>&amp;Contenu</translation>
    </message>
    <message>
        <source>Sent &amp;on</source>
        <translation>Envoyé &amp;le</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Sent through</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Record and &amp;sign</source>
        <translation>Noter et &amp;signer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>The vault cannot be opened</source>
        <translation>Le coffre ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>{message}

Folder: {folder}</source>
        <translation>{message}

Emplacement : {folder}</translation>
    </message>
    <message>
        <source>Demo case</source>
        <translation>Dossier de démonstration</translation>
    </message>
    <message>
        <source>Your vault is ready. Would you like a demo case with four neutral sample photos (an astronaut, a cat, a coffee cup, a rocket) to try the tools safely?</source>
        <translation>Votre coffre est prêt. Voulez-vous un dossier de démonstration avec quatre photos neutres (un astronaute, un chat, une tasse de café, une fusée) pour essayer les outils sans risque ?</translation>
    </message>
    <message>
        <source>Create the demo case</source>
        <translation>Créer le dossier de démonstration</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Vault unlocked for {name}.</source>
        <translation>Coffre déverrouillé pour {name}.</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>la clé de secours</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Flou</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <translation>Pixellisation</translation>
    </message>
    <message>
        <source>Show images in grayscale by default</source>
        <translation>Afficher les images en niveaux de gris par défaut</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Blur strength</source>
        <translation>Intensité du flou</translation>
    </message>
    <message>
        <source>Blur method</source>
        <translation>Méthode de floutage</translation>
    </message>
    <message>
        <source>Reveal timeout</source>
        <translation>Durée du dévoilement</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Detector threshold</source>
        <translation>Seuil du détecteur</translation>
    </message>
    <message>
        <source>&amp;Blur strength</source>
        <translation>&amp;Intensité du flou</translation>
    </message>
    <message>
        <source>Blur &amp;method</source>
        <translation>&amp;Méthode de floutage</translation>
    </message>
    <message>
        <source>&amp;Re-blur after</source>
        <translation>&amp;Reflouter après</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Detector &amp;threshold</source>
        <translation>&amp;Seuil du détecteur</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Verrouiller après ce nombre de minutes sans utilisation</translation>
    </message>
    <message>
        <source>Loc&amp;k after</source>
        <translation>&amp;Verrouiller après</translation>
    </message>
    <message>
        <source>A lower threshold blurs more regions, including some false ones.</source>
        <translation>Un seuil plus bas floute davantage de zones, dont certaines à tort.</translation>
    </message>
</context>
<context>
    <name>SideBySideDialog</name>
    <message>
        <source>Comparison with the original photo</source>
        <translation>Comparaison avec la photo d&apos;origine</translation>
    </message>
    <message>
        <source>The picture under review</source>
        <translation>L&apos;image examinée</translation>
    </message>
    <message>
        <source>The original photo</source>
        <translation>La photo d&apos;origine</translation>
    </message>
    <message>
        <source>Both pictures are blurred as everywhere else. To look closer, use the viewer, where every reveal is recorded.</source>
        <translation>Les deux images sont floutées comme partout ailleurs. Pour regarder de plus près, utilisez la visionneuse, où chaque dévoilement est enregistré.</translation>
    </message>
    <message>
        <source>Show the numbers</source>
        <translation>Afficher les chiffres</translation>
    </message>
    <message>
        <source>Hide the numbers</source>
        <translation>Masquer les chiffres</translation>
    </message>
</context>
<context>
    <name>TakedownController</name>
    <message>
        <source>Copied. Paste it into the platform&apos;s form, an e-mail or Pharos.</source>
        <translation>Copié. Collez-le dans le formulaire de la plateforme, un e-mail ou Pharos.</translation>
    </message>
    <message>
        <source>Save the text as</source>
        <translation>Enregistrer le texte sous</translation>
    </message>
    <message>
        <source>Text file (*.txt)</source>
        <translation>Fichier texte (*.txt)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>The organisation&apos;s identity is saved; the notices now give it.</source>
        <translation>L&apos;identité de l&apos;organisation est enregistrée ; les signalements la donnent désormais.</translation>
    </message>
    <message>
        <source>Notice recorded</source>
        <translation>Signalement noté</translation>
    </message>
    <message>
        <source>Recorded and signed: the notice sent to {platform}.</source>
        <translation>Noté et signé : le signalement envoyé à {platform}.</translation>
    </message>
    <message>
        <source>It is in the list of notices sent and in the case&apos;s history. When the platform answers, record its answer there.</source>
        <translation>Il figure dans la liste des signalements envoyés et dans l&apos;historique du dossier. Quand la plateforme répond, notez sa réponse au même endroit.</translation>
    </message>
    <message>
        <source>Answer recorded</source>
        <translation>Réponse notée</translation>
    </message>
    <message>
        <source>Recorded and signed: where the notice stands now.</source>
        <translation>Noté et signé : où en est le signalement.</translation>
    </message>
    <message>
        <source>The list of notices sent shows it; the case&apos;s history keeps every step.</source>
        <translation>La liste des signalements envoyés l&apos;affiche ; l&apos;historique du dossier garde chaque étape.</translation>
    </message>
    <message>
        <source>Record: {record}
Position in the case&apos;s log: {seq}
Signed at: {time}</source>
        <translation>Enregistrement : {record}
Position dans le journal du dossier : {seq}
Signé le : {time}</translation>
    </message>
    <message>
        <source>Save the StopNCII receipt as</source>
        <translation>Enregistrer le reçu StopNCII sous</translation>
    </message>
    <message>
        <source>Save the hash list as</source>
        <translation>Enregistrer la liste d&apos;empreintes sous</translation>
    </message>
    <message>
        <source>Save the file for the police as</source>
        <translation>Enregistrer le fichier pour la police sous</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>Fichier JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the complaint annex as</source>
        <translation>Enregistrer l&apos;annexe à la plainte sous</translation>
    </message>
    <message>
        <source>Save the count as</source>
        <translation>Enregistrer le bilan sous</translation>
    </message>
    <message>
        <source>Import a web capture</source>
        <translation>Importer une capture web</translation>
    </message>
    <message>
        <source>Web captures (*.wacz *.warc *.warc.gz);;All files (*)</source>
        <translation>Captures web (*.wacz *.warc *.warc.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Capture sealed in the case: {url}. Pictures and videos inside: {count}.</source>
        <translation>Capture scellée dans le dossier : {url}. Images et vidéos qu&apos;elle contient : {count}.</translation>
    </message>
</context>
<context>
    <name>TimeCorrectionController</name>
    <message>
        <source>Dates in this case were wrong</source>
        <translation>Des dates de ce dossier étaient fausses</translation>
    </message>
    <message>
        <source>Record that the last records of this case were dated after this computer&apos;s clock?</source>
        <translation>Enregistrer que les derniers enregistrements de ce dossier étaient datés d&apos;après l&apos;horloge de cet ordinateur ?</translation>
    </message>
    <message>
        <source>Do this only if this computer&apos;s date and time are right now: check them first. The records dated later than now keep their dates; a signed note in the case says they were wrong (the clock of the computer that sealed them was ahead). It appears in the history and in exhibits, and the case can take new records again.</source>
        <translation>Ne le faites que si la date et l&apos;heure de cet ordinateur sont justes en ce moment : vérifiez-les d&apos;abord. Les enregistrements datés d&apos;après maintenant gardent leur date ; une note signée dans le dossier indique qu&apos;elle était fausse (l&apos;horloge de l&apos;ordinateur qui les a scellés avançait). Elle apparaît dans l&apos;historique et dans les pièces exportées, et le dossier accepte de nouveau des enregistrements.</translation>
    </message>
    <message>
        <source>Record it</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Recorded: the records of this case dated after this computer&apos;s clock are noted as wrongly dated (records corrected: {count}). The case takes records again.</source>
        <translation>Enregistré : les enregistrements de ce dossier datés d&apos;après l&apos;horloge de cet ordinateur sont signalés comme mal datés (enregistrements corrigés : {count}). Le dossier accepte de nouveau des enregistrements.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the vault</source>
        <translation>Déverrouiller le coffre</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>&amp;Examinateur</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
</context>
<context>
    <name>VaultCheckController</name>
    <message>
        <source>Checking the vault…</source>
        <translation>Vérification du coffre…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Verify the whole vault</source>
        <translation>Vérifier tout le coffre</translation>
    </message>
    <message>
        <source>Checking the database file…</source>
        <translation>Vérification du fichier de la base…</translation>
    </message>
    <message>
        <source>Checking the signed records of each case…</source>
        <translation>Vérification des enregistrements signés de chaque dossier…</translation>
    </message>
    <message>
        <source>Checking the checkpoints…</source>
        <translation>Vérification des points de contrôle…</translation>
    </message>
    <message>
        <source>Checking the stored files…</source>
        <translation>Vérification des fichiers conservés…</translation>
    </message>
    <message>
        <source>Checking the sealed fields…</source>
        <translation>Vérification des champs scellés…</translation>
    </message>
    <message>
        <source>The vault is intact</source>
        <translation>Le coffre est intact</translation>
    </message>
    <message>
        <source>Everything in the vault checks: every record is signed and chained, every stored file and sealed field is as it was recorded.</source>
        <translation>Tout le coffre est vérifié : chaque enregistrement est signé et chaîné, chaque fichier conservé et chaque champ scellé est tel qu&apos;il a été enregistré.</translation>
    </message>
    <message>
        <source>The vault has a problem</source>
        <translation>Le coffre présente un problème</translation>
    </message>
    <message>
        <source>Something in the vault does not check. Do not add anything to it and call your IT team; give them the technical details.</source>
        <translation>Un élément du coffre ne se vérifie pas. N&apos;y ajoutez rien et appelez votre service informatique ; transmettez-lui les détails techniques.</translation>
    </message>
    <message>
        <source>The passphrase protection of these reviewers is below today&apos;s rule; they should choose a new passphrase: {names}</source>
        <translation>La protection de la phrase secrète de ces personnes est en dessous de la règle actuelle ; elles devraient choisir une nouvelle phrase secrète : {names}</translation>
    </message>
    <message>
        <source>The vault could not be checked</source>
        <translation>Le coffre n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <source>Vault check cancelled. Nothing was changed.</source>
        <translation>Vérification du coffre annulée. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <source>Exhibit verification</source>
        <translation>Vérification de la pièce</translation>
    </message>
    <message>
        <source>The exhibit is intact: every check passed.</source>
        <translation>La pièce est intacte : toutes les vérifications sont passées.</translation>
    </message>
    <message>
        <source>The exhibit did NOT pass verification. See the lines below.</source>
        <translation>La pièce n’a PAS passé la vérification. Voir les lignes ci-dessous.</translation>
    </message>
    <message>
        <source>Verifier&apos;s report</source>
        <translation>Rapport du vérificateur</translation>
    </message>
</context>
<context>
    <name>VideoPanel</name>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Contact sheet of keyframes</source>
        <translation>Planche d&apos;images clés</translation>
    </message>
    <message>
        <source>Video frame</source>
        <translation>Image de la vidéo</translation>
    </message>
    <message>
        <source>Frame scrubber</source>
        <translation>Curseur de position</translation>
    </message>
    <message>
        <source>◀ Previous frame</source>
        <translation>◀ Image précédente</translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation>Image précédente (Gauche)</translation>
    </message>
    <message>
        <source>Next frame ▶</source>
        <translation>Image suivante ▶</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>Image suivante (Droite)</translation>
    </message>
    <message>
        <source>Sound is never played.</source>
        <translation>Le son n&apos;est jamais joué.</translation>
    </message>
    <message>
        <source>Frame {index}</source>
        <translation>Image {index}</translation>
    </message>
    <message>
        <source>frame {index} / {count} · {time}</source>
        <translation>image {index} / {count} · {time}</translation>
    </message>
</context>
<context>
    <name>ViewingController</name>
    <message>
        <source>{name} is being read from the vault…</source>
        <translation>{name} est en cours de lecture dans le coffre…</translation>
    </message>
    <message>
        <source>{name} is being added…</source>
        <translation>{name} est en cours d&apos;ajout…</translation>
    </message>
    <message>
        <source>The original photo</source>
        <translation>La photo d&apos;origine</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Original: {name} (SHA-256 {sha}…)</source>
        <translation>Original : {name} (SHA-256 {sha}…)</translation>
    </message>
    <message>
        <source>PDQ distance: {d} (31 or less: the same picture)</source>
        <translation>Distance PDQ : {d} (31 ou moins : la même image)</translation>
    </message>
    <message>
        <source>The maps of the changes are in the Heatmaps panel.</source>
        <translation>Les cartes des modifications sont dans le panneau Cartes.</translation>
    </message>
    <message>
        <source>Changed area: {percent} of the image</source>
        <translation>Surface modifiée : {percent} de l&apos;image</translation>
    </message>
    <message>
        <source>Share of the changes inside sensitive regions: {percent}</source>
        <translation>Part des modifications situées dans les zones sensibles : {percent}</translation>
    </message>
    <message>
        <source>Share of the sensitive regions that changed: {percent}</source>
        <translation>Part des zones sensibles qui ont changé : {percent}</translation>
    </message>
    <message>
        <source>Overall similarity (SSIM): {ssim}</source>
        <translation>Similarité globale (SSIM) : {ssim}</translation>
    </message>
</context>
<context>
    <name>WithheldController</name>
    <message>
        <source>Look at a media sealed as suspected minor?</source>
        <translation>Regarder un média scellé comme mineur présumé ?</translation>
    </message>
    <message>
        <source>Another reviewer sealed this media as a suspected minor. Look only if your check requires it. The picture opens blurred; your look and every reveal are recorded in the case&apos;s log.</source>
        <translation>Un autre examinateur a scellé ce média comme mineur présumé. Ne le regardez que si votre vérification l’exige. L’image s’ouvre floutée ; votre consultation et chaque dévoilement sont consignés dans le journal du dossier.</translation>
    </message>
    <message>
        <source>Look at it</source>
        <translation>Le regarder</translation>
    </message>
</context>
<context>
    <name>WithheldPage</name>
    <message>
        <source>Media not shown: suspected minor</source>
        <translation>Média non affiché : mineur présumé</translation>
    </message>
    <message>
        <source>Not shown: sealed as suspected minor</source>
        <translation>Non affiché : scellé comme mineur présumé</translation>
    </message>
    <message>
        <source>Look at it…</source>
        <translation>Le regarder…</translation>
    </message>
    <message>
        <source>A second reviewer&apos;s check: confirmed and recorded in the case&apos;s log</source>
        <translation>La vérification par un second examinateur : confirmée et consignée dans le journal du dossier</translation>
    </message>
    <message>
        <source>Decision: {labels}</source>
        <translation>Décision : {labels}</translation>
    </message>
    <message>
        <source>Sealed by: {names}</source>
        <translation>Scellé par : {names}</translation>
    </message>
    <message>
        <source>Sealed on: {time}</source>
        <translation>Scellé le : {time}</translation>
    </message>
    <message>
        <source>{algorithm}: {value}</source>
        <translation>{algorithm} : {value}</translation>
    </message>
    <message>
        <source>Not shown: copy of a media sealed as suspected minor</source>
        <translation>Non affiché : copie d&apos;un média scellé comme mineur présumé</translation>
    </message>
    <message>
        <source>The same file (same SHA-256) as a media sealed as suspected minor in this vault.</source>
        <translation>Le même fichier (même SHA-256) qu&apos;un média scellé comme mineur présumé dans ce coffre.</translation>
    </message>
    <message>
        <source>Its picture matches (PDQ) a media sealed as suspected minor in this vault.</source>
        <translation>Son image correspond (PDQ) à celle d&apos;un média scellé comme mineur présumé dans ce coffre.</translation>
    </message>
</context>
<context>
    <name>YearlyCountDialog</name>
    <message>
        <source>Notices of {year}</source>
        <translation>Signalements de {year}</translation>
    </message>
    <message>
        <source>For the yearly transparency report of a trusted flagger (DSA Article 22(3)): the notices first sent in {year}, in every case, by platform, content and where they stand. It holds no address, no case and no name.</source>
        <translation>Pour le rapport annuel de transparence d&apos;un signaleur de confiance (DSA, article 22, paragraphe 3) : les signalements envoyés pour la première fois en {year}, dans tous les dossiers, par plateforme, contenu et état. Il ne contient aucune adresse, aucun dossier ni aucun nom.</translation>
    </message>
    <message>
        <source>Notices by platform, content and outcome</source>
        <translation>Signalements par plateforme, contenu et issue</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où il en est</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>&amp;Save the count…</source>
        <translation>&amp;Enregistrer le bilan…</translation>
    </message>
    <message>
        <source>Notices in all: {count}</source>
        <translation>Signalements au total : {count}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. The details are in the log.</source>
        <translation>Un problème inattendu est survenu. Rien n&apos;a été modifié. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>Analysis is turned off because Reviewer failed its start-up check. Reinstall Reviewer or contact your IT team.</source>
        <translation>L’analyse est désactivée parce que Reviewer n’a pas réussi sa vérification de démarrage. Réinstallez Reviewer ou contactez votre service informatique.</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} à {time}</translation>
    </message>
</context>
</TS>
