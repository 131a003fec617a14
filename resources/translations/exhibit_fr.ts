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
        <source>Thumbnail: redacted copy (sensitive regions blurred).</source>
        <translation>Vignette : copie floutée (zones sensibles floutées).</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
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
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation>{bytes} octets</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
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
        <source>Provenance signals</source>
        <translation>Indices de provenance</translation>
    </message>
    <message>
        <source>No provenance signal was found. The absence of metadata proves nothing.</source>
        <translation>Aucun indice de provenance n&apos;a été trouvé. L&apos;absence de métadonnées ne prouve rien.</translation>
    </message>
    <message>
        <source>Detector results</source>
        <translation>Résultats des détecteurs</translation>
    </message>
    <message>
        <source>No analysis was recorded.</source>
        <translation>Aucune analyse n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Model file SHA-256</source>
        <translation>SHA-256 du fichier du modèle</translation>
    </message>
    <message>
        <source>Input SHA-256</source>
        <translation>SHA-256 de l&apos;entrée</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Heatmaps</source>
        <translation>Cartes de chaleur</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Detector scores and heatmaps are cues for a human reviewer, never proof on their own.</source>
        <translation>Les scores des détecteurs et les cartes de chaleur sont des indices pour un examinateur humain, jamais des preuves à eux seuls.</translation>
    </message>
    <message>
        <source>Reviewer decisions</source>
        <translation>Décisions des examinateurs</translation>
    </message>
    <message>
        <source>No sealed review.</source>
        <translation>Aucun examen scellé.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Qualifications</translation>
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
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Reveal log</source>
        <translation>Journal des affichages</translation>
    </message>
    <message>
        <source>No sensitive region was revealed.</source>
        <translation>Aucune zone sensible n&apos;a été affichée.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Seconds shown</source>
        <translation>Secondes d&apos;affichage</translation>
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
        <source>Case opened</source>
        <translation>Dossier ouvert le</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Notes du dossier</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Records in the case log</source>
        <translation>Enregistrements au journal du dossier</translation>
    </message>
    <message>
        <source>Media items</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Produit avec</translation>
    </message>
    <message>
        <source>How to verify this exhibit</source>
        <translation>Comment vérifier cette pièce</translation>
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
        <source>Every file of the bundle is listed with its SHA-256 in manifest.json, which the vault&apos;s key signs. Run &apos;python verify_exhibit.py --expect-key FINGERPRINT&apos; on the bundle (it needs only Python and the cryptography package): it checks that signature first, then every record signature, that the records form the complete case log under the signed checkpoint, and that this checkpoint is included in the vault&apos;s signed log. These checks prove the bundle is consistent; only a fingerprint received from the sender through another channel (telephone, letter) proves which vault made it. VERIFY.md explains each step.</source>
        <translation>Chaque fichier du paquet figure avec son SHA-256 dans manifest.json, que la clé du coffre signe. Lancez « python verify_exhibit.py --expect-key EMPREINTE » sur le paquet (il suffit de Python et du paquet cryptography) : il vérifie d&apos;abord cette signature, puis la signature de chaque enregistrement, que les enregistrements forment le journal complet du dossier sous le point de contrôle signé, et que ce point de contrôle figure au journal signé du coffre. Ces vérifications prouvent que le paquet est cohérent ; seule une empreinte reçue de l&apos;expéditeur par un autre canal (téléphone, courrier) prouve quel coffre l&apos;a produit. VERIFY.md explique chaque étape.</translation>
    </message>
    <message>
        <source>Vault key fingerprint</source>
        <translation>Empreinte de la clé du coffre</translation>
    </message>
    <message>
        <source>Vault key</source>
        <translation>Clé du coffre</translation>
    </message>
</context>
</TS>
