<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>This file could not be read. Nothing was changed.</source>
        <translation>Ce fichier n&apos;a pas pu être lu. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This file is damaged or incomplete, so it cannot be shown. Nothing was changed.</source>
        <translation>Ce fichier est endommagé ou incomplet, il ne peut donc pas être affiché. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No picture could be decoded from this video ({codec}). It may be damaged, or compressed in a format this copy of the reviewer cannot decode. Nothing was changed.</source>
        <translation>Aucune image n&apos;a pu être décodée dans cette vidéo ({codec}). Elle est peut-être endommagée, ou compressée dans un format que cette copie du logiciel ne sait pas décoder. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This file is too large to open safely ({what}). It was not opened.</source>
        <translation>Ce fichier est trop volumineux pour être ouvert sans risque ({what}). Il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>This file could not be read: {why}. Check that it exists and that you may open it.</source>
        <translation>Ce fichier n&apos;a pas pu être lu : {why}. Vérifiez qu&apos;il existe et que vous avez le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Opening this file took longer than {seconds} seconds, so it was stopped. It may be damaged.</source>
        <translation>L&apos;ouverture de ce fichier a pris plus de {seconds} secondes, elle a donc été arrêtée. Le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>il n&apos;existe pas</translation>
    </message>
    <message>
        <source>you do not have permission to open it</source>
        <translation>vous n&apos;avez pas l&apos;autorisation de l&apos;ouvrir</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>it is not an ordinary file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is a link that points back to itself</source>
        <translation>c&apos;est un lien qui renvoie vers lui-même</translation>
    </message>
    <message>
        <source>a folder in its path does not exist</source>
        <translation>un dossier de son chemin n&apos;existe pas</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>son nom est trop long</translation>
    </message>
    <message>
        <source>the disk reported a read error</source>
        <translation>le disque a signalé une erreur de lecture</translation>
    </message>
    <message>
        <source>the system refused to read it</source>
        <translation>le système a refusé de le lire</translation>
    </message>
    <message>
        <source>{megabytes} MB</source>
        <translation>{megabytes} Mo</translation>
    </message>
    <message>
        <source>{width} x {height} pixels</source>
        <translation>{width} x {height} pixels</translation>
    </message>
    <message>
        <source>more than {frames} frames</source>
        <translation>plus de {frames} images</translation>
    </message>
    <message>
        <source>{minutes} minutes long</source>
        <translation>d&apos;une durée de {minutes} minutes</translation>
    </message>
    <message>
        <source>This video file is incomplete: it was cut off (for example by an interrupted download or copy) before any picture could be decoded, so there is nothing to show. Ask for a complete copy of the file. Nothing was changed.</source>
        <translation>Ce fichier vidéo est incomplet : il a été coupé (par exemple par un téléchargement ou une copie interrompus) avant qu&apos;une seule image puisse être décodée, il n&apos;y a donc rien à afficher. Demandez une copie complète du fichier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This file is not a picture or video the reviewer can open. Supported: JPEG, PNG, WebP, GIF, BMP, TIFF, HEIC, AVIF, MP4, MOV, WebM and AVI.</source>
        <translation>Ce fichier n&apos;est pas une image ou une vidéo que l&apos;application sait ouvrir. Formats acceptés : JPEG, PNG, WebP, GIF, BMP, TIFF, HEIC, AVIF, MP4, MOV, WebM et AVI.</translation>
    </message>
    <message>
        <source>This picture is compressed in a way ({compression}) that this copy of the reviewer cannot decode. The file is not necessarily damaged; another program may open it. Nothing was changed.</source>
        <translation>Cette image est compressée d&apos;une manière ({compression}) que cette version de l&apos;application ne sait pas décoder. Le fichier n&apos;est pas forcément endommagé : un autre logiciel pourra peut-être l&apos;ouvrir. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>media</name>
    <message>
        <source>The file carries no camera, editing or provenance information.</source>
        <translation>Le fichier ne contient aucune information sur l&apos;appareil, la retouche ou la provenance.</translation>
    </message>
    <message>
        <source>Missing metadata proves nothing: most platforms and messaging apps strip it from every file, real or generated.</source>
        <translation>L&apos;absence de métadonnées ne prouve rien : la plupart des plateformes et des messageries les suppriment de tous les fichiers, authentiques ou générés.</translation>
    </message>
    <message>
        <source>The file says which camera or phone made it.</source>
        <translation>Le fichier indique l&apos;appareil photo ou le téléphone qui l&apos;a produit.</translation>
    </message>
    <message>
        <source>Anyone can write or copy these fields; they do not prove that the picture came from that device or that it was not changed afterwards.</source>
        <translation>N&apos;importe qui peut écrire ou copier ces champs ; ils ne prouvent ni que l&apos;image vient de cet appareil, ni qu&apos;elle n&apos;a pas été modifiée ensuite.</translation>
    </message>
    <message>
        <source>The file names the software that last wrote it.</source>
        <translation>Le fichier nomme le dernier logiciel qui l&apos;a enregistré.</translation>
    </message>
    <message>
        <source>Editing or export software is common for ordinary photos, and the field is easy to change or remove; it does not show what was changed.</source>
        <translation>Les logiciels de retouche ou d&apos;export sont courants pour des photos ordinaires, et ce champ se modifie ou s&apos;efface facilement ; il ne montre pas ce qui a été changé.</translation>
    </message>
    <message>
        <source>The file records a date and time of capture.</source>
        <translation>Le fichier indique une date et une heure de prise de vue.</translation>
    </message>
    <message>
        <source>The clock of the device may be wrong, and the date can be edited by anyone.</source>
        <translation>L&apos;horloge de l&apos;appareil peut être fausse, et n&apos;importe qui peut modifier la date.</translation>
    </message>
    <message>
        <source>The file contains GPS location data.</source>
        <translation>Le fichier contient des données de localisation GPS.</translation>
    </message>
    <message>
        <source>The location may be that of the device, not of the scene, and can be edited. Treat it as sensitive personal data.</source>
        <translation>La position peut être celle de l&apos;appareil et non de la scène, et elle peut être modifiée. Traitez-la comme une donnée personnelle sensible.</translation>
    </message>
    <message>
        <source>The file declares that it was made or changed with generative AI (IPTC digital source type).</source>
        <translation>Le fichier déclare avoir été créé ou modifié par une IA générative (type de source numérique IPTC).</translation>
    </message>
    <message>
        <source>The file declares how it was made (IPTC digital source type).</source>
        <translation>Le fichier déclare comment il a été produit (type de source numérique IPTC).</translation>
    </message>
    <message>
        <source>This is a claim written by software; without a valid signed manifest anyone could have added or removed it. Its absence proves nothing.</source>
        <translation>C&apos;est une déclaration écrite par un logiciel ; sans manifeste signé valide, n&apos;importe qui a pu l&apos;ajouter ou la retirer. Son absence ne prouve rien.</translation>
    </message>
    <message>
        <source>The file carries a C2PA content credential (a signed history of the file).</source>
        <translation>Le fichier porte un certificat de contenu C2PA (un historique signé du fichier).</translation>
    </message>
    <message>
        <source>The credential describes what its signer claims. Check whether it is valid and who signed it. It was checked offline, so a revoked certificate may not be noticed.</source>
        <translation>Le certificat décrit ce qu&apos;affirme son signataire. Vérifiez s&apos;il est valide et qui l&apos;a signé. Il a été contrôlé hors ligne : un certificat révoqué peut passer inaperçu.</translation>
    </message>
    <message>
        <source>The file carries a C2PA content credential that does not validate.</source>
        <translation>Le fichier porte un certificat de contenu C2PA qui n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The file may have been changed after signing, or the credential is damaged; what it claims cannot be relied on. This alone does not show the picture is fake.</source>
        <translation>Le fichier a peut-être été modifié après la signature, ou le certificat est endommagé ; on ne peut pas se fier à ce qu&apos;il affirme. Cela seul ne montre pas que l&apos;image est fausse.</translation>
    </message>
    <message>
        <source>The file seems to carry a C2PA content credential, but it could not be read.</source>
        <translation>Le fichier semble porter un certificat de contenu C2PA, mais il n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The file points to a C2PA content credential kept on a server. It was not fetched: the reviewer works offline.</source>
        <translation>Le fichier renvoie à un certificat de contenu C2PA conservé sur un serveur. Il n&apos;a pas été téléchargé : l&apos;application fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Fetching it would tell that server that someone is examining this file. The address alone proves nothing about the picture; it can be checked later, with care, outside this app.</source>
        <translation>Le télécharger signalerait à ce serveur que quelqu&apos;un examine ce fichier. L&apos;adresse seule ne prouve rien sur l&apos;image ; elle peut être vérifiée plus tard, avec prudence, en dehors de cette application.</translation>
    </message>
    <message>
        <source>The file carries no C2PA content credential.</source>
        <translation>Le fichier ne porte aucun certificat de contenu C2PA.</translation>
    </message>
    <message>
        <source>Most cameras, phones and platforms do not add credentials, and sharing usually removes them: this proves nothing about the picture.</source>
        <translation>La plupart des appareils, téléphones et plateformes n&apos;ajoutent pas de certificat, et le partage les supprime en général : cela ne prouve rien sur l&apos;image.</translation>
    </message>
    <message>
        <source>The file&apos;s name says one type, but its content is another.</source>
        <translation>Le nom du fichier annonce un type, mais son contenu en est un autre.</translation>
    </message>
    <message>
        <source>Files are often renamed by apps, downloads or people; a wrong extension does not show that the picture was changed. The reviewer reads the file by its content.</source>
        <translation>Les fichiers sont souvent renommés par des applications, des téléchargements ou des personnes ; une extension erronée ne montre pas que l&apos;image a été modifiée. L&apos;application lit le fichier d&apos;après son contenu.</translation>
    </message>
    <message>
        <source>The file holds markers that an AI image generator writes (named in the value, with the fields where they were found): its settings, prompt or name.</source>
        <translation>Le fichier contient des marques qu&apos;écrit un générateur d&apos;images par IA (nommé dans la valeur, avec les champs où elles ont été trouvées) : ses réglages, sa consigne (prompt) ou son nom.</translation>
    </message>
    <message>
        <source>This strongly suggests the picture came out of that generator, but the text can be copied into any file; most services remove it, so its absence proves nothing. It does not say whether a real person&apos;s photo was used.</source>
        <translation>Cela indique fortement que l&apos;image sort de ce générateur, mais ce texte peut être copié dans n&apos;importe quel fichier ; la plupart des services le suppriment, donc son absence ne prouve rien. Il ne dit pas si la photo d&apos;une personne réelle a été utilisée.</translation>
    </message>
    <message>
        <source>The file names an author or a copyright holder.</source>
        <translation>Le fichier nomme un auteur ou un titulaire des droits.</translation>
    </message>
    <message>
        <source>Anyone can write or copy these fields: the name does not prove who made or changed the picture. It may be a real person&apos;s name; treat it as personal data.</source>
        <translation>N&apos;importe qui peut écrire ou copier ces champs : le nom ne prouve pas qui a créé ou modifié l&apos;image. Il peut s&apos;agir du nom d&apos;une personne réelle : traitez-le comme une donnée personnelle.</translation>
    </message>
    <message>
        <source>The file carries IPTC press fields (caption, author, credit, source, keywords...).</source>
        <translation>Le fichier contient des champs IPTC de presse (légende, auteur, crédit, source, mots-clés...).</translation>
    </message>
    <message>
        <source>The file carries XMP fields (the editing software, author, caption, credit, source...).</source>
        <translation>Le fichier contient des champs XMP (logiciel de retouche, auteur, légende, crédit, source...).</translation>
    </message>
    <message>
        <source>Editing and publishing software and people write these fields; they are easy to copy, change or remove, and they do not show what was changed in the picture.</source>
        <translation>Ces champs sont écrits par des logiciels de retouche ou de publication, ou par des personnes ; ils se copient, se modifient ou s&apos;effacent facilement, et ne montrent pas ce qui a été changé dans l&apos;image.</translation>
    </message>
    <message>
        <source>The video&apos;s header announces a different number of frames from the number that could be decoded. The number recorded is the number decoded.</source>
        <translation>L&apos;en-tête de la vidéo annonce un nombre d&apos;images différent de celui qui a pu être décodé. Le nombre enregistré est celui des images décodées.</translation>
    </message>
    <message>
        <source>Many programs write an estimate (from the duration and frame rate), so a difference of a frame or two is common and does not mean the video was edited. A large shortfall usually means the file is incomplete.</source>
        <translation>Beaucoup de logiciels écrivent une estimation (tirée de la durée et de la fréquence d&apos;images) : un écart d&apos;une ou deux images est courant et ne signifie pas que la vidéo a été modifiée. Un manque important signifie le plus souvent que le fichier est incomplet.</translation>
    </message>
    <message>
        <source>The file ends early: it was cut off (for example by an interrupted download or copy). Only the part it holds could be decoded; everything shown and recorded comes from that part.</source>
        <translation>Le fichier s&apos;arrête trop tôt : il a été coupé (par exemple par un téléchargement ou une copie interrompus). Seule la partie qu&apos;il contient a pu être décodée ; tout ce qui est affiché et enregistré provient de cette partie.</translation>
    </message>
    <message>
        <source>This does not say why the file is incomplete or what the missing part showed. The hashes identify this incomplete file, not the complete video: ask for a complete copy if one exists.</source>
        <translation>Cela ne dit ni pourquoi le fichier est incomplet, ni ce que montrait la partie manquante. Les empreintes identifient ce fichier incomplet, pas la vidéo complète : demandez une copie complète s&apos;il en existe une.</translation>
    </message>
</context>
</TS>
