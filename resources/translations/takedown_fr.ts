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
        <source>A notice must give the name and e-mail address of the person or organisation sending it. Ask the person who configures Reviewer to fill in the [notifier] section of the organisation&apos;s settings.</source>
        <translation>Un signalement doit indiquer le nom et l&apos;adresse e-mail de la personne ou de l&apos;organisme qui l&apos;envoie. Demandez à la personne qui configure Reviewer de remplir la section [notifier] des réglages de l&apos;organisme.</translation>
    </message>
    <message>
        <source>No web address (URL) is known for this case. Record where the media was seen before preparing a notice.</source>
        <translation>Aucune adresse web (URL) n&apos;est connue pour ce dossier. Enregistrez d&apos;abord où le média a été vu, puis préparez le signalement.</translation>
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
</context>
<context>
    <name>takedown</name>
    <message>
        <source>Fingerprints of your pictures and videos</source>
        <translation>Empreintes de vos images et vidéos</translation>
    </message>
    <message>
        <source>These fingerprints (hashes) let platforms that work with StopNCII.org find copies of your pictures and videos and remove them, without anyone receiving the pictures themselves. A fingerprint does not contain the picture. StopNCII uses PDQ for pictures and MD5 for videos. This sheet contains no picture.</source>
        <translation>Ces empreintes (hashs) permettent aux plateformes partenaires de StopNCII.org de retrouver les copies de vos images et vidéos et de les retirer, sans que personne ne reçoive les images elles-mêmes. Une empreinte ne contient pas l&apos;image. StopNCII utilise PDQ pour les images et MD5 pour les vidéos. Cette fiche ne contient aucune image.</translation>
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
</context>
</TS>
