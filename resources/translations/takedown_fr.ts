<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>This could not be prepared. Nothing was changed.</source>
        <translation>Cela n&apos;a pas pu être préparé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The file {file} is not a hash list this application can read (HMA lines, CSV with a header, or VICS 2.0 JSON). Line or item {where} is the first one that is not understood. Nothing was imported.</source>
        <translation>Le fichier {file} n&apos;est pas une liste d&apos;empreintes que cette application sait lire (lignes HMA, CSV avec une ligne d&apos;en-tête, ou JSON VICS 2.0). La ligne ou l&apos;élément {where} est le premier qui n&apos;est pas compris. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file {file} contains no hash that can be used. Nothing was imported.</source>
        <translation>Le fichier {file} ne contient aucune empreinte utilisable. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file {file} is larger than {limit} MB, the most a hash list may be. Nothing was imported.</source>
        <translation>Le fichier {file} dépasse {limit} Mo, la taille maximale d&apos;une liste d&apos;empreintes. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>There is no match number {number} for this media. List its matches again and choose one of them.</source>
        <translation>Il n&apos;y a pas de correspondance numéro {number} pour ce média. Affichez à nouveau ses correspondances et choisissez-en une.</translation>
    </message>
    <message>
        <source>{value} is not a possible answer here. Use one of: {allowed}.</source>
        <translation>{value} n&apos;est pas une réponse possible ici. Utilisez l&apos;une de celles-ci : {allowed}.</translation>
    </message>
    <message>
        <source>There is no notice {notice} in this case.</source>
        <translation>Il n&apos;y a pas de signalement {notice} dans ce dossier.</translation>
    </message>
    <message>
        <source>{value} is not a date and time this application understands. Write it like 2026-03-14 21:05 +01:00 (date, time of day, time zone).</source>
        <translation>{value} n&apos;est pas une date et une heure que cette application comprend. Écrivez-la comme 2026-03-14 21:05 +01:00 (date, heure, fuseau horaire).</translation>
    </message>
    <message>
        <source>The file {file} is not a web capture this application can read (WACZ or WARC). Nothing was imported.</source>
        <translation>Le fichier {file} n&apos;est pas une capture web que cette application sait lire (WACZ ou WARC). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file {file} is larger than {limit} MB, the most a web capture may be. Nothing was imported.</source>
        <translation>Le fichier {file} dépasse {limit} Mo, la taille maximale d&apos;une capture web. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The capture has no picture or video at {url}. List what the capture contains and choose one of them.</source>
        <translation>La capture ne contient pas d&apos;image ni de vidéo à l&apos;adresse {url}. Affichez ce que contient la capture et choisissez-en une.</translation>
    </message>
    <message>
        <source>No media of this case is both reviewed as illegal (sexual deepfake, intimate image shared without consent, suspected minor) and known by the web address (URL) where it was seen. Review the media and record where they were seen, then prepare the notice.</source>
        <translation>Aucun média de ce dossier n&apos;est à la fois examiné comme illicite (hypertrucage sexuel, image intime diffusée sans consentement, mineur présumé) et connu par l&apos;adresse web (URL) où il a été vu. Examinez les médias et enregistrez où ils ont été vus, puis préparez le signalement.</translation>
    </message>
    <message>
        <source>The file {file} is not a picture. Give the screenshot as a picture file (PNG or JPEG). Nothing was imported.</source>
        <translation>Le fichier {file} n&apos;est pas une image. Donnez la capture d&apos;écran sous forme de fichier image (PNG ou JPEG). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>A notice must give the name and e-mail address of the person or organisation sending it. Fill them in under Review ▸ After the review ▸ Organisation&apos;s identity, or ask the person who configures Reviewer to fill in the [notifier] section of the organisation&apos;s settings.</source>
        <translation>Un signalement doit donner le nom et l&apos;adresse e-mail de la personne ou de l&apos;organisation qui l&apos;envoie. Renseignez-les dans Examen ▸ Après l&apos;examen ▸ Identité de l&apos;organisation, ou demandez à la personne qui configure Reviewer de remplir la section [notifier] des réglages de l&apos;organisation.</translation>
    </message>
    <message>
        <source>No media of this case is reviewed as illegal (sexual deepfake, intimate image shared without consent, suspected minor), so there is nothing to report yet. Review the media first, then prepare the notice.</source>
        <translation>Aucun média de ce dossier n&apos;a été examiné comme illicite (hypertrucage sexuel, image intime diffusée sans consentement, mineur présumé) : il n&apos;y a encore rien à signaler. Examinez d&apos;abord les médias, puis préparez le signalement.</translation>
    </message>
    <message>
        <source>{url} is not a web address. Copy the whole address from the browser&apos;s address bar; it starts with https:// or http://.</source>
        <translation>{url} n&apos;est pas une adresse web. Copiez l&apos;adresse entière depuis la barre d&apos;adresse du navigateur ; elle commence par https:// ou http://.</translation>
    </message>
</context>
<context>
    <name>takedown</name>
    <message>
        <source>Fingerprints of your pictures and videos</source>
        <translation>Empreintes de vos images et vidéos</translation>
    </message>
    <message>
        <source>These fingerprints (hashes) let platforms that work with StopNCII.org find copies of your pictures and videos and remove them, without anyone receiving the pictures themselves. A fingerprint does not contain the picture. StopNCII uses PDQ for pictures and MD5 for videos. This sheet contains no picture.</source>
        <translation>Ces empreintes permettent aux plateformes partenaires de StopNCII.org de retrouver les copies de vos images et vidéos et de les retirer, sans que personne ne reçoive les images elles-mêmes. Une empreinte ne contient pas l&apos;image. StopNCII utilise PDQ pour les images et MD5 pour les vidéos. Cette fiche ne contient aucune image.</translation>
    </message>
    <message>
        <source>Case {case}, prepared on {date}.</source>
        <translation>Dossier {case}, préparé le {date}.</translation>
    </message>
    <message>
        <source>{number}. {kind} added on {added}</source>
        <translation>{number}. {kind} ajoutée le {added}</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>PDQ: none usable (the picture is too plain for a visual fingerprint; the MD5 still works)</source>
        <translation>PDQ : aucune empreinte utilisable (l&apos;image est trop uniforme pour une empreinte visuelle ; le MD5 reste valable)</translation>
    </message>
    <message>
        <source>Marked as possibly showing a minor: StopNCII is for adults. For a person under 18, use Take It Down (takeitdown.ncmec.org) or call 3018.</source>
        <translation>Marqué « mineur présumé » : StopNCII est réservé aux adultes. Pour une personne de moins de 18 ans, utilisez Take It Down (takeitdown.ncmec.org) ou appelez le 3018.</translation>
    </message>
    <message>
        <source>Hash list: {name}</source>
        <translation>Liste d&apos;empreintes : {name}</translation>
    </message>
    <message>
        <source>Same picture or video</source>
        <translation>Même image ou même vidéo</translation>
    </message>
    <message>
        <source>Different picture or video</source>
        <translation>Image ou vidéo différente</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Impossible à dire</translation>
    </message>
    <message>
        <source>On the hash list “{name}”: {how}.</source>
        <translation>Sur la liste d&apos;empreintes « {name} » : {how}.</translation>
    </message>
    <message>
        <source>Seen before in another case, reviewed there as: {labels}. It is {how}.</source>
        <translation>Déjà vu dans un autre dossier, examiné là-bas comme : {labels}. C&apos;est {how}.</translation>
    </message>
    <message>
        <source>Seen before in another case, not reviewed there yet. It is {how}.</source>
        <translation>Déjà vu dans un autre dossier, pas encore examiné là-bas. C&apos;est {how}.</translation>
    </message>
    <message>
        <source>the very same file (SHA-256)</source>
        <translation>exactement le même fichier (SHA-256)</translation>
    </message>
    <message>
        <source>the very same file (SHA-1)</source>
        <translation>exactement le même fichier (SHA-1)</translation>
    </message>
    <message>
        <source>the very same file (MD5)</source>
        <translation>exactement le même fichier (MD5)</translation>
    </message>
    <message>
        <source>the very same video file (MD5)</source>
        <translation>exactement le même fichier vidéo (MD5)</translation>
    </message>
    <message>
        <source>a visually similar picture (PDQ, {distance} bits of 256 differ)</source>
        <translation>une image visuellement semblable (PDQ, {distance} bits sur 256 diffèrent)</translation>
    </message>
    <message>
        <source>a visually similar video ({percent} % of its frames match)</source>
        <translation>une vidéo visuellement semblable ({percent} % de ses images correspondent)</translation>
    </message>
    <message>
        <source>Hash list {name} imported into case {case}: {pdq} PDQ, {md5} MD5, {sha1} SHA-1, {sha256} SHA-256, {video_md5} video MD5, {vpdq} vPDQ videos ({ignored} entries of other kinds left aside).</source>
        <translation>Liste d&apos;empreintes {name} importée dans le dossier {case} : {pdq} PDQ, {md5} MD5, {sha1} SHA-1, {sha256} SHA-256, {video_md5} MD5 de vidéos, {vpdq} vidéos vPDQ ({ignored} entrées d&apos;autres types laissées de côté).</translation>
    </message>
    <message>
        <source>{record}  {name}  case {case}  imported {time}  {total} hashes</source>
        <translation>{record}  {name}  dossier {case}  importée le {time}  {total} empreintes</translation>
    </message>
    <message>
        <source>No hash list imported yet.</source>
        <translation>Aucune liste d&apos;empreintes importée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Media {media}:</source>
        <translation>Média {media} :</translation>
    </message>
    <message>
        <source>  not seen on any list or in any other case.</source>
        <translation>  vu sur aucune liste ni dans aucun autre dossier.</translation>
    </message>
    <message>
        <source>  [{number}] {text}</source>
        <translation>  [{number}] {text}</translation>
    </message>
    <message>
        <source>A match is only a hint. Look at both and record your answer with: reviewer match-confirm CASE MEDIA NUMBER --decision same-picture|different-picture|non-conclusive</source>
        <translation>Une correspondance n&apos;est qu&apos;un indice. Regardez les deux et enregistrez votre réponse avec : reviewer match-confirm DOSSIER MÉDIA NUMÉRO --decision same-picture|different-picture|non-conclusive</translation>
    </message>
    <message>
        <source>Your answer is recorded and signed (record {record}).</source>
        <translation>Votre réponse est enregistrée et signée (enregistrement {record}).</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Écrit : {path}</translation>
    </message>
    <message>
        <source>Sexual content that appears to show a minor</source>
        <translation>Contenu sexuel qui semble montrer un mineur</translation>
    </message>
    <message>
        <source>The content is a sexual image that appears to show a person under 18 (real or generated). Making, keeping or distributing such an image is an offence under article 227-23 of the French Criminal Code and is child sexual abuse material under Directive 2011/93/EU.</source>
        <translation>Le contenu est une image à caractère sexuel qui semble représenter une personne de moins de 18 ans (réelle ou générée). Fabriquer, détenir ou diffuser une telle image est un délit prévu par l&apos;article 227-23 du Code pénal ; il s&apos;agit de matériel pédopornographique au sens de la directive 2011/93/UE.</translation>
    </message>
    <message>
        <source>Sexual deepfake of a real person, shared without consent</source>
        <translation>Hypertrucage sexuel d&apos;une personne réelle, diffusé sans son consentement</translation>
    </message>
    <message>
        <source>The content is a sexual montage (deepfake) made from the features of a real, identifiable person, published without that person&apos;s consent. This is an offence under article 226-8-1 of the French Criminal Code (sexual montage distributed without consent).</source>
        <translation>Le contenu est un montage à caractère sexuel (hypertrucage) réalisé à partir des traits d&apos;une personne réelle et identifiable, publié sans son consentement. C&apos;est un délit prévu par l&apos;article 226-8-1 du Code pénal (diffusion sans consentement d&apos;un montage à caractère sexuel).</translation>
    </message>
    <message>
        <source>Intimate image shared without consent</source>
        <translation>Image intime diffusée sans consentement</translation>
    </message>
    <message>
        <source>The content is a real intimate image of an identifiable person, published without that person&apos;s consent. This is an offence under article 226-2-1 of the French Criminal Code.</source>
        <translation>Le contenu est une image intime réelle d&apos;une personne identifiable, publiée sans son consentement. C&apos;est un délit prévu par l&apos;article 226-2-1 du Code pénal.</translation>
    </message>
    <message>
        <source>Sent, no reply yet</source>
        <translation>Envoyé, pas encore de réponse</translation>
    </message>
    <message>
        <source>Receipt acknowledged</source>
        <translation>Réception confirmée</translation>
    </message>
    <message>
        <source>Content removed</source>
        <translation>Contenu retiré</translation>
    </message>
    <message>
        <source>Access disabled</source>
        <translation>Accès bloqué</translation>
    </message>
    <message>
        <source>Visibility restricted</source>
        <translation>Visibilité restreinte</translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation>Refusé par la plateforme</translation>
    </message>
    <message>
        <source>No reply in time</source>
        <translation>Pas de réponse dans les délais</translation>
    </message>
    <message>
        <source>Withdrawn by us</source>
        <translation>Retiré par nous</translation>
    </message>
    <message>
        <source>Notice of illegal content under Article 16 of the Digital Services Act (Regulation (EU) 2022/2065)</source>
        <translation>Notification de contenu illicite au titre de l&apos;article 16 du règlement sur les services numériques (règlement (UE) 2022/2065, DSA)</translation>
    </message>
    <message>
        <source>Prepared on {date}.</source>
        <translation>Préparée le {date}.</translation>
    </message>
    <message>
        <source>Service concerned: {platform}</source>
        <translation>Service concerné : {platform}</translation>
    </message>
    <message>
        <source>1. Exact location of the content (Article 16(2)(b))</source>
        <translation>1. Emplacement exact du contenu (article 16, paragraphe 2, point b)</translation>
    </message>
    <message>
        <source>2. Why the content is illegal (Article 16(2)(a))</source>
        <translation>2. Pourquoi le contenu est illicite (article 16, paragraphe 2, point a)</translation>
    </message>
    <message>
        <source>This assessment was made after a review of the content by trained staff of the notifier on {date}.</source>
        <translation>Cette appréciation a été faite le {date}, après examen du contenu par un membre formé de l&apos;équipe de l&apos;auteur de la notification.</translation>
    </message>
    <message>
        <source>Legal qualification given by the reviewer: {text}</source>
        <translation>Qualification juridique donnée lors de l&apos;examen : {text}</translation>
    </message>
    <message>
        <source>3. Classification (DSA Transparency Database)</source>
        <translation>3. Classification (base de données de transparence du DSA)</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>Catégorie : {category}</translation>
    </message>
    <message>
        <source>Keyword: {keyword}</source>
        <translation>Mot-clé : {keyword}</translation>
    </message>
    <message>
        <source>4. Identification of the content by its fingerprints (hashes)</source>
        <translation>4. Identification du contenu par ses empreintes</translation>
    </message>
    <message>
        <source>Item {number}:</source>
        <translation>Élément {number} :</translation>
    </message>
    <message>
        <source>5. Notifier (Article 16(2)(c))</source>
        <translation>5. Auteur de la notification (article 16, paragraphe 2, point c)</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nom : {name}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>E-mail : {email}</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translation>Adresse : {address}</translation>
    </message>
    <message>
        <source>Telephone: {phone}</source>
        <translation>Téléphone : {phone}</translation>
    </message>
    <message>
        <source>The notifier&apos;s name and e-mail address are not given: Article 16(2)(c) does not require them for child sexual abuse material (offences under Articles 3 to 7 of Directive 2011/93/EU).</source>
        <translation>Le nom et l&apos;adresse e-mail de l&apos;auteur de la notification ne sont pas indiqués : l&apos;article 16, paragraphe 2, point c, ne les exige pas pour les contenus pédopornographiques (infractions visées aux articles 3 à 7 de la directive 2011/93/UE).</translation>
    </message>
    <message>
        <source>Trusted flagger status (Article 22): {status}. Under Article 22(1) this notice is to be given priority.</source>
        <translation>Statut de signaleur de confiance (article 22) : {status}. Selon l&apos;article 22, paragraphe 1, cette notification doit être traitée en priorité.</translation>
    </message>
    <message>
        <source>6. Statement of good faith (Article 16(2)(d))</source>
        <translation>6. Déclaration de bonne foi (article 16, paragraphe 2, point d)</translation>
    </message>
    <message>
        <source>{who} confirms a bona fide belief that the information and allegations contained in this notice are accurate and complete.</source>
        <translation>{who} déclare de bonne foi que les informations et les allégations contenues dans cette notification sont exactes et complètes.</translation>
    </message>
    <message>
        <source>The notifier</source>
        <translation>L&apos;auteur de la notification</translation>
    </message>
    <message>
        <source>We ask you to remove or disable access to this content without delay, and to send us your decision with its statement of reasons (Articles 16(5) and 17).</source>
        <translation>Nous vous demandons de retirer ce contenu ou d&apos;en bloquer l&apos;accès sans délai, et de nous faire connaître votre décision avec son exposé des motifs (articles 16, paragraphe 5, et 17).</translation>
    </message>
    <message>
        <source>Report to Pharos (internet-signalement.gouv.fr): what to copy into the form</source>
        <translation>Signalement à Pharos (internet-signalement.gouv.fr) : ce qu&apos;il faut recopier dans le formulaire</translation>
    </message>
    <message>
        <source>Suggested category: {category} (choose the closest one the form offers)</source>
        <translation>Catégorie proposée : {category} (choisissez la plus proche parmi celles du formulaire)</translation>
    </message>
    <message>
        <source>child sexual abuse images (paedophilia)</source>
        <translation>pédopornographie (images d&apos;abus sexuels sur mineurs)</translation>
    </message>
    <message>
        <source>sexual images of a person distributed without consent</source>
        <translation>images à caractère sexuel d&apos;une personne diffusées sans son consentement</translation>
    </message>
    <message>
        <source>Web address (URL): {url}</source>
        <translation>Adresse web (URL) : {url}</translation>
    </message>
    <message>
        <source>Site or platform: {platform}</source>
        <translation>Site ou plateforme : {platform}</translation>
    </message>
    <message>
        <source>Date and time of publication: not known (give it if the page shows it)</source>
        <translation>Date et heure de publication : inconnues (indiquez-les si la page les affiche)</translation>
    </message>
    <message>
        <source>Seen on: {seen}</source>
        <translation>Vu le : {seen}</translation>
    </message>
    <message>
        <source>Seen on: not recorded</source>
        <translation>Vu le : non enregistré</translation>
    </message>
    <message>
        <source>Comments: {text}</source>
        <translation>Commentaires : {text}</translation>
    </message>
    <message>
        <source>Your contact details: {name}, {email}</source>
        <translation>Vos coordonnées : {name}, {email}</translation>
    </message>
    <message>
        <source>Do not attach the images to the report: give the addresses; Pharos investigators look themselves.</source>
        <translation>Ne joignez pas les images au signalement : donnez les adresses ; les enquêteurs de Pharos consultent eux-mêmes les contenus.</translation>
    </message>
    <message>
        <source>Notice recorded and signed: {notice}. Record the reply with: reviewer notice reply CASE {notice} --status ...</source>
        <translation>Signalement enregistré et signé : {notice}. Enregistrez la réponse avec : reviewer notice reply DOSSIER {notice} --status ...</translation>
    </message>
    <message>
        <source>Reply recorded and signed (record {record}).</source>
        <translation>Réponse enregistrée et signée (enregistrement {record}).</translation>
    </message>
    <message>
        <source>No notice sent yet for this case.</source>
        <translation>Aucun signalement envoyé pour ce dossier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{notice}  sent {at}  to {platform} ({channel})  {status}</source>
        <translation>{notice}  envoyé le {at}  à {platform} ({channel})  {status}</translation>
    </message>
    <message>
        <source>    {at}  {status}  statement of reasons: {statement}</source>
        <translation>    {at}  {status}  exposé des motifs : {statement}</translation>
    </message>
    <message>
        <source>Notices sent in {year}: {total}</source>
        <translation>Signalements envoyés en {year} : {total}</translation>
    </message>
    <message>
        <source>  {platform}  {content_type}  {outcome}: {count}</source>
        <translation>  {platform}  {content_type}  {outcome} : {count}</translation>
    </message>
    <message>
        <source>Extracted from a web capture ({format})</source>
        <translation>Extrait d&apos;une capture web ({format})</translation>
    </message>
    <message>
        <source>Capture sealed: {capture}. Page {url}, captured {at}; {count} pictures or videos inside.</source>
        <translation>Capture scellée : {capture}. Page {url}, capturée le {at} ; elle contient {count} images ou vidéos.</translation>
    </message>
    <message>
        <source>Capture of {url}, taken {at}:</source>
        <translation>Capture de {url}, faite le {at} :</translation>
    </message>
    <message>
        <source>  {url}  {mime}  {size} bytes</source>
        <translation>  {url}  {mime}  {size} octets</translation>
    </message>
    <message>
        <source>ANNEX TO THE COMPLAINT: sexual images of the complainant distributed without consent</source>
        <translation>ANNEXE À LA PLAINTE : diffusion sans consentement d&apos;images à caractère sexuel de la personne plaignante</translation>
    </message>
    <message>
        <source>Draft prepared by the Reviewer application from case {case} on {date}, for the complainant&apos;s adviser to complete and check. Parts in square brackets are to be filled in.</source>
        <translation>Projet préparé par l&apos;application Reviewer à partir du dossier {case} le {date}, à compléter et à vérifier par le conseil de la personne plaignante. Les passages entre crochets sont à remplir.</translation>
    </message>
    <message>
        <source>To the public prosecutor (procureur de la République) at the judicial court of [to be completed]</source>
        <translation>À l&apos;attention de Madame, Monsieur le procureur de la République près le tribunal judiciaire de [à compléter]</translation>
    </message>
    <message>
        <source>[to be completed]</source>
        <translation>[à compléter]</translation>
    </message>
    <message>
        <source>1. Complainant</source>
        <translation>1. Personne plaignante</translation>
    </message>
    <message>
        <source>Surname, first names: [to be completed]</source>
        <translation>Nom, prénoms : [à compléter]</translation>
    </message>
    <message>
        <source>Date and place of birth: [to be completed]</source>
        <translation>Date et lieu de naissance : [à compléter]</translation>
    </message>
    <message>
        <source>Address: [to be completed]</source>
        <translation>Adresse : [à compléter]</translation>
    </message>
    <message>
        <source>Telephone and e-mail: [to be completed]</source>
        <translation>Téléphone et e-mail : [à compléter]</translation>
    </message>
    <message>
        <source>2. Suspected author</source>
        <translation>2. Auteur présumé</translation>
    </message>
    <message>
        <source>Complaint against X (author unknown).</source>
        <translation>Plainte contre X (auteur inconnu).</translation>
    </message>
    <message>
        <source>Complaint against {name}, and any other person the investigation identifies.</source>
        <translation>Plainte contre {name}, et contre toute autre personne que l&apos;enquête permettra d&apos;identifier.</translation>
    </message>
    <message>
        <source>3. Facts</source>
        <translation>3. Faits</translation>
    </message>
    <message>
        <source>The following content, which shows the complainant, was found on the internet and reviewed:</source>
        <translation>Les contenus suivants, qui représentent la personne plaignante, ont été constatés sur internet et examinés :</translation>
    </message>
    <message>
        <source>- {what}: seen on {seen} at {url}{platform}; evidence item {item}.</source>
        <translation>- {what} : vu le {seen} à l&apos;adresse {url}{platform} ; pièce n° {item}.</translation>
    </message>
    <message>
        <source>- {what}: where it was seen is not recorded [to be completed]; evidence item {item}.</source>
        <translation>- {what} : le lieu où il a été vu n&apos;est pas enregistré [à compléter] ; pièce n° {item}.</translation>
    </message>
    <message>
        <source> (platform: {platform})</source>
        <translation> (plateforme : {platform})</translation>
    </message>
    <message>
        <source>a date not recorded [to be completed]</source>
        <translation>une date non enregistrée [à compléter]</translation>
    </message>
    <message>
        <source>Dates: first seen {first}, last seen {last}. Place: the internet, at the addresses above.</source>
        <translation>Dates : vu pour la première fois le {first}, pour la dernière fois le {last}. Lieu : internet, aux adresses ci-dessus.</translation>
    </message>
    <message>
        <source>[to be completed: no media of the case has been reviewed as illegal yet]</source>
        <translation>[à compléter : aucun média du dossier n&apos;a encore été examiné comme illicite]</translation>
    </message>
    <message>
        <source>4. Offences these facts point to</source>
        <translation>4. Infractions que ces faits peuvent constituer</translation>
    </message>
    <message>
        <source>Legal qualification noted at the review: {text}</source>
        <translation>Qualification juridique notée lors de l&apos;examen : {text}</translation>
    </message>
    <message>
        <source>5. Harm suffered</source>
        <translation>5. Préjudice subi</translation>
    </message>
    <message>
        <source>[to be completed: effects on the complainant&apos;s dignity, health, private, family and working life]</source>
        <translation>[à compléter : conséquences pour la dignité, la santé, la vie privée, familiale et professionnelle de la personne plaignante]</translation>
    </message>
    <message>
        <source>6. Witnesses</source>
        <translation>6. Témoins</translation>
    </message>
    <message>
        <source>[to be completed, if any]</source>
        <translation>[à compléter, le cas échéant]</translation>
    </message>
    <message>
        <source>7. Steps already taken</source>
        <translation>7. Démarches déjà effectuées</translation>
    </message>
    <message>
        <source>- Notice sent on {at} to {platform} ({channel}): {status}{statement}.</source>
        <translation>- Signalement envoyé le {at} à {platform} ({channel}) : {status}{statement}.</translation>
    </message>
    <message>
        <source>, statement of reasons {id}</source>
        <translation>, exposé des motifs {id}</translation>
    </message>
    <message>
        <source>- No notice recorded in the case. [to be completed if other steps were taken]</source>
        <translation>- Aucun signalement enregistré dans le dossier. [à compléter si d&apos;autres démarches ont été faites]</translation>
    </message>
    <message>
        <source>8. List of evidence</source>
        <translation>8. Liste des pièces</translation>
    </message>
    <message>
        <source>The evidence is in the exhibit exported from the case (a ZIP file with a signed record of each step, a report and a verifier anyone can run: verify_exhibit.py).</source>
        <translation>Les pièces se trouvent dans la pièce exportée du dossier (un fichier ZIP contenant un enregistrement signé de chaque étape, un rapport et un outil de vérification que chacun peut lancer : verify_exhibit.py).</translation>
    </message>
    <message>
        <source>Exhibit exported on {date}, SHA-256 fingerprint of the ZIP file: {sha256}.</source>
        <translation>Pièce exportée le {date}, empreinte SHA-256 du fichier ZIP : {sha256}.</translation>
    </message>
    <message>
        <source>No exhibit has been exported from this case yet: export it and join it to the complaint.</source>
        <translation>Aucune pièce n&apos;a encore été exportée de ce dossier : exportez-la et joignez-la à la plainte.</translation>
    </message>
    <message>
        <source>Item {item}: {kind} added on {added}, reviewed as: {labels}.</source>
        <translation>Pièce n° {item} : {kind} ajoutée le {added}, examinée comme : {labels}.</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>non examinée</translation>
    </message>
    <message>
        <source>In the exhibit: record {record}; redacted copy {files}.</source>
        <translation>Dans la pièce exportée : enregistrement {record} ; copie floutée {files}.</translation>
    </message>
    <message>
        <source>In the exhibit: record {record} only; no image (suspected minor: fingerprints only).</source>
        <translation>Dans la pièce exportée : enregistrement {record} seulement ; aucune image (mineur présumé : empreintes seulement).</translation>
    </message>
    <message>
        <source>In the exhibit: record {record} only; the file was destroyed (fingerprints kept).</source>
        <translation>Dans la pièce exportée : enregistrement {record} seulement ; le fichier a été détruit (empreintes conservées).</translation>
    </message>
    <message>
        <source>Fingerprints: SHA-256 {sha256}, MD5 {md5}.</source>
        <translation>Empreintes : SHA-256 {sha256}, MD5 {md5}.</translation>
    </message>
    <message>
        <source>Item {item}: web capture ({format}) of {url}, taken {at}; record {record} of the exhibit; SHA-256 {sha256}.</source>
        <translation>Pièce n° {item} : capture web ({format}) de {url}, faite le {at} ; enregistrement {record} de la pièce exportée ; SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>image</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
</context>
</TS>
