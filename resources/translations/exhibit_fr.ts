<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>The exhibit could not be made or read. Nothing was changed.</source>
        <translation>La pièce n&apos;a pas pu être créée ou lue. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{path}: no such file or folder.</source>
        <translation>{path} : fichier ou dossier introuvable.</translation>
    </message>
    <message>
        <source>{path} is not a readable zip file (it is damaged or of another kind).</source>
        <translation>{path} n&apos;est pas un fichier zip lisible (il est endommagé ou d&apos;un autre type).</translation>
    </message>
    <message>
        <source>The bundle contains a file with an unsafe name ({name}); it was not opened.</source>
        <translation>Le paquet contient un fichier au nom dangereux ({name}) ; il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>The bundle contains a link ({name}) instead of a file; it was not opened.</source>
        <translation>Le paquet contient un lien ({name}) au lieu d&apos;un fichier ; il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>The bundle contains something that is not an ordinary file ({name}); it was not opened.</source>
        <translation>Le paquet contient un élément qui n&apos;est pas un fichier ordinaire ({name}) ; il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>The bundle contains the name {name} twice (letter case ignored); it was not opened.</source>
        <translation>Le paquet contient deux fois le nom {name} (sans tenir compte des majuscules) ; il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>The bundle contains too many files ({count}, at most {limit}); it was not opened.</source>
        <translation>Le paquet contient trop de fichiers ({count}, au plus {limit}) ; il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>The bundle would unpack to more than {limit} bytes; it was not opened.</source>
        <translation>Le paquet dépasserait {limit} octets une fois décompressé ; il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>The file {name} in the bundle is compressed suspiciously well (a &quot;zip bomb&quot;); it was not opened.</source>
        <translation>Le fichier {name} du paquet est anormalement compressé (une « bombe zip ») ; il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>The file {name} in the bundle is password-protected; an exhibit never is.</source>
        <translation>Le fichier {name} du paquet est protégé par un mot de passe ; une pièce ne l&apos;est jamais.</translation>
    </message>
    <message>
        <source>The file {name} in the bundle is damaged and cannot be read.</source>
        <translation>Le fichier {name} du paquet est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>There is no case {case} in this vault.</source>
        <translation>Il n&apos;y a pas de dossier {case} dans ce coffre.</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>L&apos;export a été annulé. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The exhibit could not be written to {path}. No file was left behind.</source>
        <translation>La pièce n&apos;a pas pu être écrite dans {path}. Aucun fichier n&apos;a été laissé.</translation>
    </message>
    <message>
        <source>The PDF report could not be made.</source>
        <translation>Le rapport PDF n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>{path} holds more than the exhibit: other data was put before, inside or after it (the file may also open as a picture or another document). It was not checked; ask the sender for the exhibit exactly as the application wrote it.</source>
        <translation>{path} contient plus que la pièce : d&apos;autres données ont été placées avant, dans ou après elle (le fichier peut aussi s&apos;ouvrir comme une image ou un autre document). Il n&apos;a pas été vérifié ; demandez à l&apos;expéditeur la pièce telle que l&apos;application l&apos;a écrite.</translation>
    </message>
</context>
<context>
    <name>exhibit_report</name>
    <message>
        <source>{shown} of {total} rows shown; every record is in the bundle under log/case/.</source>
        <translation>{shown} lignes sur {total} affichées ; tous les enregistrements sont dans le paquet sous log/case/.</translation>
    </message>
    <message>
        <source>Media {number}: {name}</source>
        <translation>Média {number} : {name}</translation>
    </message>
    <message>
        <source>quality {quality}</source>
        <translation>qualité {quality}</translation>
    </message>
    <message>
        <source>Media id</source>
        <translation>Identifiant du média</translation>
    </message>
    <message>
        <source>Kind and format</source>
        <translation>Type et format</translation>
    </message>
    <message>
        <source>Original in this bundle</source>
        <translation>Original dans ce paquet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Files in this bundle</source>
        <translation>Fichiers dans ce paquet</translation>
    </message>
    <message>
        <source>Frame PDQ hashes</source>
        <translation>Empreintes PDQ des images de la vidéo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Legal qualification</source>
        <translation>Qualification juridique</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Case: {title}</source>
        <translation>Dossier : {title}</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Identifiant du dossier</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Produit avec</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>vault key</source>
        <translation>clé du coffre</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>examinateur</translation>
    </message>
    <message>
        <source>Case log</source>
        <translation>Journal du dossier</translation>
    </message>
    <message>
        <source>Signed checkpoints</source>
        <translation>Points de contrôle signés</translation>
    </message>
    <message>
        <source>Case log checkpoint:</source>
        <translation>Point de contrôle du journal du dossier :</translation>
    </message>
    <message>
        <source>Vault log checkpoint:</source>
        <translation>Point de contrôle du journal du coffre :</translation>
    </message>
    <message>
        <source>Exhibit report</source>
        <translation>Rapport de pièce</translation>
    </message>
    <message>
        <source>This media is labelled &quot;suspected minor&quot; in a sealed review. No picture of it is in this exhibit, not even a redacted one: only its hashes and PDQ, which let a recipient match it against their own copy.</source>
        <translation>Ce média est qualifié de « mineur présumé » dans un examen scellé. Aucune image de lui ne figure dans cette pièce, pas même floutée : seulement ses empreintes et son PDQ, qui permettent à un destinataire de le rapprocher de sa propre copie.</translation>
    </message>
    <message>
        <source>Originals are not in this exhibit (redacted copies only). Their SHA-256, SHA-1, MD5 and PDQ are given so that a recipient holding a copy can check it is the same file.</source>
        <translation>Les originaux ne figurent pas dans cette pièce (copies floutées seulement). Leurs SHA-256, SHA-1, MD5 et PDQ sont donnés pour qu&apos;un destinataire qui en détient une copie puisse vérifier qu&apos;il s&apos;agit du même fichier.</translation>
    </message>
    <message>
        <source>This media was purged from the vault; only its hashes remain.</source>
        <translation>Ce média a été supprimé du coffre ; seules ses empreintes subsistent.</translation>
    </message>
    <message>
        <source>This media is withheld as a suspected minor: it is the same file (same SHA-256) as a media labelled &quot;suspected minor&quot; in a sealed review of this vault. No picture of it is in this exhibit, not even a redacted one: only its hashes and PDQ.</source>
        <translation>Ce média est retenu comme mineur présumé : c&apos;est le même fichier (même SHA-256) qu&apos;un média qualifié de « mineur présumé » dans un examen scellé de ce coffre. Aucune image de lui ne figure dans cette pièce, pas même floutée : seulement ses empreintes et son PDQ.</translation>
    </message>
    <message>
        <source>This media is withheld as a suspected minor: its picture matches (PDQ distance of 31 or less) a media labelled &quot;suspected minor&quot; in a sealed review of this vault, for example a re-encoded copy. No picture of it is in this exhibit, not even a redacted one: only its hashes and PDQ.</source>
        <translation>Ce média est retenu comme mineur présumé : son image correspond (distance PDQ de 31 ou moins) à un média qualifié de « mineur présumé » dans un examen scellé de ce coffre, par exemple une copie réencodée. Aucune image de lui ne figure dans cette pièce, pas même floutée : seulement ses empreintes et son PDQ.</translation>
    </message>
    <message>
        <source>Vault key</source>
        <translation>Clé du coffre</translation>
    </message>
    <message>
        <source>Video ({format}), {pixels} pixels, {duration}, {size}.</source>
        <translation>Vidéo ({format}), {pixels} pixels, {duration}, {size}.</translation>
    </message>
    <message>
        <source>Picture ({format}), {pixels} pixels, {size}.</source>
        <translation>Image ({format}), {pixels} pixels, {size}.</translation>
    </message>
    <message>
        <source>Added to the case on {date} by {name}.</source>
        <translation>Ajoutée au dossier le {date} par {name}.</translation>
    </message>
    <message>
        <source>No automatic detection was recorded for this media.</source>
        <translation>Aucune détection automatique n’a été enregistrée pour ce média.</translation>
    </message>
    <message>
        <source>The detector flagged no sensitive area. Detectors miss some (back views, partial bodies, small pictures), so the picture was still shown blurred.</source>
        <translation>Le détecteur n’a signalé aucune zone sensible. Les détecteurs en manquent (vues de dos, corps en partie visibles, petites images) : l’image a donc tout de même été affichée floutée.</translation>
    </message>
    <message>
        <source>The detector flagged these areas, outlined on the picture: {parts}. Its scores are hints for the reviewer, never a verdict.</source>
        <translation>Le détecteur a signalé ces zones, encadrées sur l’image : {parts}. Ses scores sont des indices pour la personne qui examine, jamais un verdict.</translation>
    </message>
    <message>
        <source>A comparison with the original photo was recorded.</source>
        <translation>Une comparaison avec la photo d’origine a été enregistrée.</translation>
    </message>
    <message>
        <source>Compared with the original photo, no changed area was found.</source>
        <translation>Comparée à la photo d’origine, aucune zone modifiée n’a été trouvée.</translation>
    </message>
    <message>
        <source>Compared with the original photo, about {changed} of the picture changed.</source>
        <translation>Comparée à la photo d’origine, environ {changed} de l’image a été modifié.</translation>
    </message>
    <message>
        <source>{share} of the change lies in the areas the detector flagged.</source>
        <translation>{share} de la modification se trouve dans les zones signalées par le détecteur.</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Adresse (URL)</translation>
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
        <source>Seen on</source>
        <translation>Vu le</translation>
    </message>
    <message>
        <source>Time seen</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>No decision was sealed for this media.</source>
        <translation>Aucune décision n’a été scellée pour ce média.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>Scellée par</translation>
    </message>
    <message>
        <source>{name}, on {date}</source>
        <translation>{name}, le {date}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Replaced by the decision of {date} ({name})</source>
        <translation>Remplacée par la décision du {date} ({name})</translation>
    </message>
    <message>
        <source>Current decision; it replaces {count} earlier one(s)</source>
        <translation>Décision en vigueur ; elle remplace {count} décision(s) antérieure(s)</translation>
    </message>
    <message>
        <source>No blurred part of this media was uncovered.</source>
        <translation>Aucune partie floutée de ce média n’a été dévoilée.</translation>
    </message>
    <message>
        <source>Blurred parts were uncovered {count} time(s), {seconds} in all, by {names}; each time is in the signed log.</source>
        <translation>Des parties floutées ont été dévoilées {count} fois, {seconds} au total, par {names} ; chaque dévoilement figure dans le journal signé.</translation>
    </message>
    <message>
        <source>Picture blurred as on the reviewer&apos;s screen, in grey; outlined areas are those the detector flagged, blurred more.</source>
        <translation>Image floutée comme sur l’écran de la personne qui examine, en gris ; les zones encadrées sont celles que le détecteur a signalées, floutées davantage.</translation>
    </message>
    <message>
        <source>What the detector found</source>
        <translation>Ce que le détecteur a trouvé</translation>
    </message>
    <message>
        <source>Forensic cues</source>
        <translation>Indices d’analyse</translation>
    </message>
    <message>
        <source>These maps are cues for a person, never proof on their own.</source>
        <translation>Ces cartes sont des indices pour une personne, jamais une preuve à elles seules.</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Origine du fichier</translation>
    </message>
    <message>
        <source>The file carries no information about its origin (camera, software, generator). The absence of such information proves nothing.</source>
        <translation>Le fichier ne porte aucune information sur son origine (appareil photo, logiciel, générateur). L’absence de ces informations ne prouve rien.</translation>
    </message>
    <message>
        <source>Reviewers&apos; decision</source>
        <translation>Décision des examinateurs</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>non affichée</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non examiné</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>Case opened on</source>
        <translation>Dossier ouvert le</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>{count} media, {reviewed} with a sealed decision, {withheld} whose pictures are withheld</source>
        <translation>{count} médias, dont {reviewed} avec une décision scellée et {withheld} dont les images ne figurent pas dans la pièce</translation>
    </message>
    <message>
        <source>Signed records</source>
        <translation>Enregistrements signés</translation>
    </message>
    <message>
        <source>Check where this exhibit comes from</source>
        <translation>Vérifier la provenance de cette pièce</translation>
    </message>
    <message>
        <source>Before relying on this exhibit, ask the sender, by telephone or in person (not by replying to the message that brought it), to read you their vault&apos;s fingerprint, and compare it with this one. If they match, the exhibit comes from their vault and nothing in it was changed; if they differ, do not rely on it.</source>
        <translation>Avant de vous fier à cette pièce, demandez à l’expéditeur, par téléphone ou de vive voix (pas en répondant au message qui l’a apportée), de vous lire l’empreinte de son coffre, et comparez-la à celle-ci. Si elles sont identiques, la pièce vient de son coffre et rien n’y a été modifié ; si elles diffèrent, ne vous y fiez pas.</translation>
    </message>
    <message>
        <source>A technical person can check every file of the exhibit with the verifier it contains (it needs only Python): {command}. The technical annex at the end of this report says what each check proves and what it does not.</source>
        <translation>Une personne technique peut vérifier chaque fichier de la pièce avec le vérificateur qu’elle contient (il suffit de Python) : {command}. L’annexe technique, à la fin de ce rapport, dit ce que chaque vérification prouve et ce qu’elle ne prouve pas.</translation>
    </message>
    <message>
        <source>Technical annex</source>
        <translation>Annexe technique</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exporté à</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Taille en octets</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>Ajouté à</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Sealed decision</source>
        <translation>Décision scellée</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Dévoilement</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>Lettre d’accompagnement</translation>
    </message>
    <message>
        <source>Sent by {name}, on {date}, for {recipient}.</source>
        <translation>Envoyée par {name}, le {date}, à l’attention de {recipient}.</translation>
    </message>
    <message>
        <source>This exhibit holds the signed records of one case: {count} media with their fingerprints (hashes), blurred copies of the pictures unless stated otherwise, the reviewers&apos; sealed decisions and a report (report.pdf). It reveals nothing of any other case.</source>
        <translation>Cette pièce contient les enregistrements signés d’un seul dossier : {count} médias avec leurs empreintes, des copies floutées des images sauf mention contraire, les décisions scellées des examinateurs et un rapport (report.pdf). Elle ne révèle rien d’aucun autre dossier.</translation>
    </message>
    <message>
        <source>How to verify it</source>
        <translation>Comment la vérifier</translation>
    </message>
    <message>
        <source>With Python and its cryptography package, run the verifier the exhibit contains:</source>
        <translation>Avec Python et son paquet cryptography, lancez le vérificateur que contient la pièce :</translation>
    </message>
    <message>
        <source>It says “intact” only if every file is exactly as the vault signed it and the vault is the one with this fingerprint. VERIFY.md, in the exhibit, explains each check.</source>
        <translation>Il n’indique « intact » que si chaque fichier est exactement tel que le coffre l’a signé et que le coffre est bien celui qui a cette empreinte. VERIFY.md, dans la pièce, explique chaque vérification.</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Corrected on {date} by {name}, replacing the decision of {earlier}</source>
        <translation>Corrigé le {date} par {name}, en remplacement de la décision du {earlier}</translation>
    </message>
    <message>
        <source>Trusted timestamps (RFC 3161)</source>
        <translation>Horodatages de confiance (RFC 3161)</translation>
    </message>
    <message>
        <source>A timestamp authority signed that the vault&apos;s signed state existed at the time below. The reply, the stamped bytes and the certificates are in the bundle (timestamps/); VERIFY.md gives the OpenSSL command that checks them without this application. It proves when these records existed at the latest, not that they are true.</source>
        <translation>Une autorité d&apos;horodatage a signé que l&apos;état signé du coffre existait à l&apos;heure indiquée ci-dessous. La réponse, les octets horodatés et les certificats sont dans le paquet (timestamps/) ; VERIFY.md donne la commande OpenSSL qui les vérifie sans cette application. Cela prouve au plus tard quand ces enregistrements existaient, pas qu&apos;ils sont vrais.</translation>
    </message>
    <message>
        <source>{tsa} states that the vault&apos;s signed state of {size} checkpoints existed at {time}.</source>
        <translation>{tsa} atteste que l&apos;état signé du coffre à {size} points de contrôle existait le {time}.</translation>
    </message>
    <message>
        <source>It covers records 0 to {last} of this case.</source>
        <translation>Il couvre les enregistrements 0 à {last} de ce dossier.</translation>
    </message>
    <message>
        <source>It was made before this case existed: it covers none of its records.</source>
        <translation>Il a été fait avant que ce dossier n&apos;existe : il n&apos;en couvre aucun enregistrement.</translation>
    </message>
    <message>
        <source>1 media, {reviewed} with a sealed decision, {withheld} whose pictures are withheld</source>
        <translation>1 média, dont {reviewed} avec une décision scellée et {withheld} dont les images ne figurent pas dans la pièce</translation>
    </message>
    <message>
        <source>This exhibit holds the signed records of one case: 1 media with its fingerprints (hashes), a blurred copy of the picture unless stated otherwise, the reviewers&apos; sealed decisions and a report (report.pdf). It reveals nothing of any other case.</source>
        <translation>Cette pièce contient les enregistrements signés d’un seul dossier : 1 média avec ses empreintes, une copie floutée de l’image sauf mention contraire, les décisions scellées des examinateurs et un rapport (report.pdf). Elle ne révèle rien d’aucun autre dossier.</translation>
    </message>
    <message>
        <source>Every file of the bundle is listed with its SHA-256 in manifest.json, which the vault&apos;s key signs. verify_exhibit.py checks that signature first, then every record signature, that the records form the complete case log under the signed checkpoint, and that this checkpoint is included in the vault&apos;s signed log. These checks prove the bundle is consistent; only a fingerprint received from the sender through another channel proves which vault made it. That key is replaced each time a reviewer is revoked, handed over by the key before it: someone who worked on the vault and has left may still hold an older key, but not the one that signs now. An exhibit they made from a copy of the vault kept from before they left passes a check against the vault&apos;s first fingerprint, not against the fingerprint of the key that signs now. VERIFY.md explains each step.</source>
        <translation>Chaque fichier du paquet figure avec son SHA-256 dans manifest.json, que la clé du coffre signe. verify_exhibit.py vérifie d&apos;abord cette signature, puis la signature de chaque enregistrement, que les enregistrements forment le journal complet du dossier sous le point de contrôle signé, et que ce point de contrôle figure dans le journal signé du coffre. Ces vérifications prouvent que le paquet est cohérent ; seule une empreinte reçue de l&apos;expéditeur par un autre canal prouve quel coffre l&apos;a produit. Cette clé est remplacée à chaque révocation d&apos;un examinateur, et la clé précédente signe la passation : une personne qui a travaillé sur le coffre puis l&apos;a quitté peut encore détenir une ancienne clé, mais pas celle qui signe aujourd&apos;hui. Une pièce qu&apos;elle fabriquerait à partir d&apos;une copie du coffre gardée d&apos;avant son départ passe la vérification avec la première empreinte du coffre, pas avec l&apos;empreinte de la clé qui signe aujourd&apos;hui. VERIFY.md explique chaque étape.</translation>
    </message>
    <message>
        <source>Vault identity (first key)</source>
        <translation>Identité du coffre (première clé)</translation>
    </message>
    <message>
        <source>The vault&apos;s signing key was replaced on {date}, when a reviewer&apos;s access was withdrawn. The key that signs now has this fingerprint; ask the sender for it too: an exhibit made from an old copy of the vault, by someone who has left, does not match it.</source>
        <translation>La clé de signature du coffre a été remplacée le {date}, quand l&apos;accès d&apos;un examinateur a été retiré. La clé qui signe aujourd&apos;hui a cette empreinte ; demandez-la aussi à l&apos;expéditeur : une pièce fabriquée à partir d&apos;une ancienne copie du coffre, par quelqu&apos;un qui est parti, ne lui correspond pas.</translation>
    </message>
    <message>
        <source>What these checks do not show: that the decisions are right; that the times are true (each record&apos;s time is the clock of the computer that sealed it; only a trusted timestamp, when there is one, dates the vault&apos;s state independently); that nothing was recorded after the export. For suspected minors, the verifier sees this case&apos;s labels and the list of withheld media the vault signed, not labels sealed in other cases or after the export, nor a picture mirrored or turned a quarter turn, nor a video copy that is not the same file.</source>
        <translation>Ce que ces vérifications ne montrent pas : que les décisions sont justes ; que les heures sont vraies (l&apos;heure de chaque enregistrement est celle de l&apos;horloge de l&apos;ordinateur qui l&apos;a scellé ; seul un horodatage de confiance, quand il y en a un, date l&apos;état du coffre de façon indépendante) ; que rien n&apos;a été enregistré après l&apos;export. Pour les mineurs présumés, le vérificateur voit les qualifications de ce dossier et la liste des médias retenus que le coffre a signée, pas les qualifications scellées dans d&apos;autres dossiers ou après l&apos;export, ni une image retournée en miroir ou tournée d&apos;un quart de tour, ni une copie de vidéo qui n&apos;est pas le même fichier.</translation>
    </message>
</context>
</TS>
