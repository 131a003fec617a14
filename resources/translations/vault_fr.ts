<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>The evidence vault could not complete this. Nothing was changed.</source>
        <translation>Le coffre de preuves n&apos;a pas pu terminer cette opération. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no evidence vault in {path}. Check the folder, or create a vault there first.</source>
        <translation>Il n&apos;y a pas de coffre de preuves dans {path}. Vérifiez le dossier, ou créez-y d&apos;abord un coffre.</translation>
    </message>
    <message>
        <source>There is already an evidence vault in {path}. It was left untouched.</source>
        <translation>Il existe déjà un coffre de preuves dans {path}. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The file in {path} is not an evidence vault, or it is too damaged to open.</source>
        <translation>Le fichier dans {path} n&apos;est pas un coffre de preuves, ou il est trop endommagé pour être ouvert.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written to, so the evidence vault cannot be changed there. Choose a folder you may write to, or ask your IT contact.</source>
        <translation>Impossible d&apos;écrire dans le dossier {path} : le coffre de preuves ne peut pas y être modifié. Choisissez un dossier où vous pouvez écrire, ou demandez à votre contact informatique.</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Please try again.</source>
        <translation>La phrase secrète n&apos;est pas correcte. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>There is no active reviewer called {name} in this vault.</source>
        <translation>Aucun relecteur actif nommé {name} dans ce coffre.</translation>
    </message>
    <message>
        <source>A passphrase is needed. Type it when asked, or set REVIEWER_PASSPHRASE for scripts.</source>
        <translation>Une phrase secrète est nécessaire. Saisissez-la quand elle est demandée, ou définissez REVIEWER_PASSPHRASE pour les scripts.</translation>
    </message>
    <message>
        <source>There is no case {case} in this vault.</source>
        <translation>Il n&apos;y a pas de dossier {case} dans ce coffre.</translation>
    </message>
    <message>
        <source>There is no media {media} in case {case}.</source>
        <translation>Il n&apos;y a pas de média {media} dans le dossier {case}.</translation>
    </message>
    <message>
        <source>There is no record {record} in this vault.</source>
        <translation>Il n&apos;y a pas d&apos;enregistrement {record} dans ce coffre.</translation>
    </message>
    <message>
        <source>There is no active reviewer key {key} in this vault.</source>
        <translation>Il n&apos;y a pas de clé de relecteur active {key} dans ce coffre.</translation>
    </message>
    <message>
        <source>{prefix} matches more than one item. Type more characters.</source>
        <translation>{prefix} correspond à plusieurs éléments. Saisissez davantage de caractères.</translation>
    </message>
    <message>
        <source>{label} is not one of the review labels. Allowed labels: {allowed}.</source>
        <translation>{label} ne fait pas partie des conclusions possibles. Conclusions autorisées : {allowed}.</translation>
    </message>
    <message>
        <source>This value cannot be stored in the vault: {why}.</source>
        <translation>Cette valeur ne peut pas être enregistrée dans le coffre : {why}.</translation>
    </message>
    <message>
        <source>a reviewer&apos;s name must have 1 to 200 characters</source>
        <translation>le nom d&apos;un examinateur doit compter de 1 à 200 caractères</translation>
    </message>
    <message>
        <source>the bytes do not match their SHA-256</source>
        <translation>les octets ne correspondent pas à leur SHA-256</translation>
    </message>
    <message>
        <source>sizes {old} and {new} are not between 1 and {count}</source>
        <translation>les tailles {old} et {new} ne sont pas comprises entre 1 et {count}</translation>
    </message>
    <message>
        <source>it holds a kind of value that a signed record cannot keep</source>
        <translation>elle contient un type de valeur qu&apos;un enregistrement signé ne peut pas conserver</translation>
    </message>
    <message>
        <source>The bytes of this media were destroyed on purpose (purged). Only its hashes remain.</source>
        <translation>Le contenu de ce média a été détruit volontairement (purgé). Seules ses empreintes restent.</translation>
    </message>
    <message>
        <source>The evidence vault has been changed outside Reviewer or is damaged: {what}. Do not add to it; keep a copy and run a verification.</source>
        <translation>Le coffre de preuves a été modifié en dehors de Reviewer ou est endommagé : {what}. N&apos;y ajoutez rien ; gardez-en une copie et lancez une vérification.</translation>
    </message>
    <message>
        <source>its database file</source>
        <translation>son fichier de base de données</translation>
    </message>
    <message>
        <source>the vault&apos;s identity</source>
        <translation>l&apos;identité du coffre</translation>
    </message>
    <message>
        <source>the key that signs its checkpoints</source>
        <translation>la clé qui signe ses points de contrôle</translation>
    </message>
    <message>
        <source>the vault&apos;s signed head is missing</source>
        <translation>l&apos;état signé du coffre est manquant</translation>
    </message>
    <message>
        <source>the vault&apos;s log of checkpoints</source>
        <translation>le journal des points de contrôle du coffre</translation>
    </message>
    <message>
        <source>case {case}</source>
        <translation>le dossier {case}</translation>
    </message>
    <message>
        <source>records of {log} are missing</source>
        <translation>des enregistrements de {log} manquent</translation>
    </message>
    <message>
        <source>stored file {file}</source>
        <translation>fichier enregistré {file}</translation>
    </message>
    <message>
        <source>record {seq} of {log}</source>
        <translation>enregistrement {seq} de {log}</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein : rien n&apos;a été enregistré. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” cannot be sealed together. {why} Nothing was sealed.</source>
        <translation>« {first} » et « {second} » ne peuvent pas être scellés ensemble. {why} Rien n’a été scellé.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used: {why} Choose a longer one, for example four or five unrelated words (at least {minimum} characters). Nothing was created.</source>
        <translation>Cette phrase secrète ne peut pas être utilisée : {why} Choisissez-en une plus longue, par exemple quatre ou cinq mots sans rapport entre eux (au moins {minimum} caractères). Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>it is shorter than {minimum} characters.</source>
        <translation>elle compte moins de {minimum} caractères.</translation>
    </message>
    <message>
        <source>it is one of the most common passwords, which guessing programs try first.</source>
        <translation>c&apos;est l&apos;un des mots de passe les plus courants, que les programmes de devinette essaient en premier.</translation>
    </message>
    <message>
        <source>it follows a pattern that guessing programs try early (a common word, a name, a date, a keyboard row, a sequence or a repeated character).</source>
        <translation>elle suit un schéma que les programmes de devinette essaient très tôt (un mot courant, un prénom, une date, une rangée du clavier, une suite ou un caractère répété).</translation>
    </message>
    <message>
        <source>it is made mostly of your own name, which is the first thing a guesser tries.</source>
        <translation>elle est faite surtout de votre propre nom, la première chose qu&apos;on essaie pour la deviner.</translation>
    </message>
    <message>
        <source>the two passphrases you typed are different.</source>
        <translation>les deux phrases secrètes saisies sont différentes.</translation>
    </message>
    <message>
        <source>the stored key of reviewer {name}</source>
        <translation>la clé enregistrée de la personne {name}</translation>
    </message>
    <message>
        <source>The decision you are correcting is no longer the latest one for this media: another review was sealed in the meantime. Look at the latest decision, then correct it if needed. Nothing was sealed.</source>
        <translation>La décision que vous corrigez n’est plus la dernière pour ce média : un autre examen a été scellé entre-temps. Regardez la dernière décision, puis corrigez-la si nécessaire. Rien n’a été scellé.</translation>
    </message>
    <message>
        <source>This timestamp reply cannot be accepted: {why} Nothing was recorded.</source>
        <translation>Cette réponse d&apos;horodatage ne peut pas être acceptée : {why} Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>the file is not a timestamp reply (RFC 3161 .tsr file), or it is damaged.</source>
        <translation>le fichier n&apos;est pas une réponse d&apos;horodatage (fichier .tsr RFC 3161), ou il est endommagé.</translation>
    </message>
    <message>
        <source>the timestamp authority refused the request (its answer: {status}).</source>
        <translation>l&apos;autorité d&apos;horodatage a refusé la demande (sa réponse : {status}).</translation>
    </message>
    <message>
        <source>it answers another request, not one made from this vault on this computer with “reviewer timestamp request”. Send that request file to the authority and import its reply.</source>
        <translation>elle répond à une autre demande, et non à une demande faite depuis ce coffre sur cet ordinateur avec « reviewer timestamp request ». Envoyez ce fichier de demande à l&apos;autorité et importez sa réponse.</translation>
    </message>
    <message>
        <source>it is not signed by the timestamp authority whose certificate you gave.</source>
        <translation>elle n&apos;est pas signée par l&apos;autorité d&apos;horodatage dont vous avez donné le certificat.</translation>
    </message>
    <message>
        <source>the timestamp authority&apos;s certificate does not lead to the certification authority in the certificate file you gave, or it was not valid at the time the reply states.</source>
        <translation>le certificat de l&apos;autorité d&apos;horodatage ne remonte pas à l&apos;autorité de certification du fichier de certificats que vous avez donné, ou il n&apos;était pas valide à l&apos;heure indiquée par la réponse.</translation>
    </message>
    <message>
        <source>the first certificate of the file is not a timestamping certificate (its extended key usage must be timeStamping alone, marked critical).</source>
        <translation>le premier certificat du fichier n&apos;est pas un certificat d&apos;horodatage (son usage étendu de clé doit être timeStamping seul, marqué critique).</translation>
    </message>
    <message>
        <source>the certificate file could not be read. It must be a PEM file holding the timestamp authority&apos;s certificate followed by the certificates of its certification authority.</source>
        <translation>le fichier de certificats n&apos;a pas pu être lu. Ce doit être un fichier PEM contenant le certificat de l&apos;autorité d&apos;horodatage suivi des certificats de son autorité de certification.</translation>
    </message>
    <message>
        <source>it uses an algorithm this version does not accept ({algorithm}).</source>
        <translation>elle utilise un algorithme que cette version n&apos;accepte pas ({algorithm}).</translation>
    </message>
    <message>
        <source>this reply is already sealed in the vault.</source>
        <translation>cette réponse est déjà scellée dans le coffre.</translation>
    </message>
    <message>
        <source>The file {path} could not be read. Check its name and folder. Nothing was recorded.</source>
        <translation>Le fichier {path} n&apos;a pas pu être lu. Vérifiez son nom et son dossier. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The request file {path} could not be written. Choose a folder you may write to. Nothing was changed in the vault.</source>
        <translation>Le fichier de demande {path} n&apos;a pas pu être écrit. Choisissez un dossier où vous pouvez écrire. Rien n&apos;a été modifié dans le coffre.</translation>
    </message>
    <message>
        <source>This key cannot be revoked: it is the last one that can open the vault, and nobody could ever open it again. Enrol another reviewer first (or keep the recovery key), then revoke it. Nothing was changed.</source>
        <translation>Cette clé ne peut pas être révoquée : c&apos;est la dernière qui peut ouvrir le coffre, et plus personne ne pourrait jamais l&apos;ouvrir. Inscrivez d&apos;abord une autre personne (ou gardez la clé de secours), puis révoquez-la. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the stored key of reviewer {name} is missing</source>
        <translation>la clé enregistrée de la personne {name} a disparu</translation>
    </message>
    <message>
        <source>no stored key of an active reviewer is left</source>
        <translation>il ne reste aucune clé enregistrée d&apos;une personne inscrite active</translation>
    </message>
    <message>
        <source>The stored key of reviewer {name} was changed or damaged outside Reviewer, so it can no longer open the vault: nothing can be added or decrypted with it. {others} Keep a copy of the vault folder and run a verification.</source>
        <translation>La clé enregistrée de la personne {name} a été modifiée ou endommagée en dehors de Reviewer et ne peut plus ouvrir le coffre : rien ne peut y être ajouté ni déchiffré avec elle. {others} Gardez une copie du dossier du coffre et lancez une vérification.</translation>
    </message>
    <message>
        <source>Another reviewer&apos;s key, or the recovery key, can still open the vault.</source>
        <translation>La clé d&apos;une autre personne inscrite, ou la clé de secours, peut encore ouvrir le coffre.</translation>
    </message>
    <message>
        <source>No other key can open the vault: put back the vault folder from a backup made before the damage.</source>
        <translation>Aucune autre clé ne peut ouvrir le coffre : remettez le dossier du coffre à partir d&apos;une sauvegarde antérieure aux dégâts.</translation>
    </message>
    <message>
        <source>The file {path} is not a checkpoint, or it could not be read. Give the checkpoint file kept from this vault (a few lines of text). Nothing was checked.</source>
        <translation>Le fichier {path} n&apos;est pas un point de contrôle, ou il n&apos;a pas pu être lu. Indiquez le fichier de point de contrôle conservé pour ce coffre (quelques lignes de texte). Rien n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>it carries a certificate that is not in the certificate file you gave: the reply was altered after the authority signed it, or the file lacks a certificate of the authority&apos;s chain. Import the reply exactly as the authority sent it, with the authority&apos;s full chain.</source>
        <translation>elle contient un certificat absent du fichier de certificats que vous avez donné : la réponse a été modifiée après la signature de l&apos;autorité, ou il manque au fichier un certificat de la chaîne de l&apos;autorité. Importez la réponse telle que l&apos;autorité l&apos;a envoyée, avec la chaîne complète de l&apos;autorité.</translation>
    </message>
    <message>
        <source>it does not carry the timestamp authority&apos;s certificate, which the request asked for; without it OpenSSL cannot check the reply.</source>
        <translation>elle ne contient pas le certificat de l&apos;autorité d&apos;horodatage, que la demande réclamait ; sans lui, OpenSSL ne peut pas vérifier la réponse.</translation>
    </message>
    <message>
        <source>The evidence vault cannot be made in {path}: that name is already a file, not a folder, or part of the path cannot be used. Choose another folder. Nothing was changed.</source>
        <translation>Le coffre de preuves ne peut pas être créé dans {path} : ce nom est déjà celui d&apos;un fichier, pas d&apos;un dossier, ou une partie du chemin ne peut pas être utilisée. Choisissez un autre dossier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no decision to correct: {record} is not a sealed review of this media. Check the id of the decision you are correcting (reviewer case show lists them), or seal a first decision without --corrects. Nothing was sealed.</source>
        <translation>Il n&apos;y a pas de décision à corriger : {record} n&apos;est pas un examen scellé de ce média. Vérifiez l&apos;identifiant de la décision que vous corrigez (reviewer case show les liste), ou scellez une première décision sans --corrects. Rien n&apos;a été scellé.</translation>
    </message>
    <message>
        <source>This evidence vault says it was made by a newer version of Reviewer (format {found}; this version reads up to {supported}). Install the newer version to open it. If no newer version was ever used, the file was changed outside Reviewer: keep a copy of the vault folder and ask your IT contact. Nothing was changed.</source>
        <translation>Ce coffre de preuves indique avoir été créé par une version plus récente de Reviewer (format {found} ; cette version lit jusqu&apos;au format {supported}). Installez la version plus récente pour l&apos;ouvrir. Si aucune version plus récente n&apos;a jamais été utilisée, le fichier a été modifié en dehors de Reviewer : gardez une copie du dossier du coffre et demandez à votre contact informatique. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock ({now}) is behind a record already in this vault, dated {last}, so nothing was recorded: a record may never claim to come before the one it follows, nor before the vault was made. Check the computer&apos;s date and time: if they are wrong, set them right and try again. If they are right, it is that earlier record&apos;s date that was wrong (the clock of the computer that sealed it was ahead): record in the case that its dates were wrong (Review menu, “Dates in this case were wrong…”, or “reviewer case correct-time”), then carry on. The earlier record is kept as it is and the correction is shown beside it.</source>
        <translation>L&apos;horloge de cet ordinateur ({now}) est en retard sur un enregistrement déjà présent dans ce coffre, daté du {last} : rien n&apos;a donc été enregistré, car un enregistrement ne peut jamais se dater d&apos;avant celui qui le précède, ni d&apos;avant la création du coffre. Vérifiez la date et l&apos;heure de l&apos;ordinateur : si elles sont fausses, corrigez-les puis réessayez. Si elles sont justes, c&apos;est la date de cet enregistrement antérieur qui était fausse (l&apos;horloge de l&apos;ordinateur qui l&apos;a scellé avançait) : enregistrez dans le dossier que ses dates étaient fausses (menu Examen, « Des dates de ce dossier étaient fausses… », ou « reviewer case correct-time »), puis continuez. L&apos;enregistrement antérieur est conservé tel quel et la correction figure à côté de lui.</translation>
    </message>
    <message>
        <source>No record of this case is dated after this computer&apos;s clock ({now}): there is no wrong date to record. If a seal was refused because the clock is behind, set the computer&apos;s date and time right. Nothing was recorded.</source>
        <translation>Aucun enregistrement de ce dossier n&apos;est daté d&apos;après l&apos;horloge de cet ordinateur ({now}) : il n&apos;y a pas de date fausse à enregistrer. Si un scellement a été refusé parce que l&apos;horloge est en retard, corrigez la date et l&apos;heure de l&apos;ordinateur. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This evidence vault is older than the one this account last saw (on {seen}): it looks like a restored backup or an old copy. What was recorded after that copy is missing: {lost}. A review among them may have withheld a media, so nothing can be exported from this vault or added to it; you can still open and read it. Put back the latest copy of the vault folder, or call your IT contact.</source>
        <translation>Ce coffre de preuves est plus ancien que celui que ce compte a vu en dernier (le {seen}) : il s&apos;agit sans doute d&apos;une sauvegarde restaurée ou d&apos;une ancienne copie. Ce qui a été enregistré après cette copie manque : {lost}. Un examen parmi ces éléments a pu retenir un média : rien ne peut donc être exporté de ce coffre ni y être ajouté ; vous pouvez toujours l&apos;ouvrir et le consulter. Remettez en place la copie la plus récente du dossier du coffre, ou appelez votre contact informatique.</translation>
    </message>
    <message>
        <source>This evidence vault is not the one this account last saw (on {seen}): another copy of it was changed separately, so the two now tell different stories. Nothing can be exported from this vault or added to it; you can still open and read it. Keep both copies as they are and call your IT contact.</source>
        <translation>Ce coffre de preuves n&apos;est pas celui que ce compte a vu en dernier (le {seen}) : une autre copie a été modifiée séparément, et les deux racontent maintenant des histoires différentes. Rien ne peut être exporté de ce coffre ni y être ajouté ; vous pouvez toujours l&apos;ouvrir et le consulter. Gardez les deux copies telles quelles et appelez votre contact informatique.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Sexual deepfake of an adult</source>
        <translation>Hypertrucage sexuel d&apos;un adulte</translation>
    </message>
    <message>
        <source>Suspected minor</source>
        <translation>Mineur présumé</translation>
    </message>
    <message>
        <source>Real intimate image shared without consent</source>
        <translation>Image intime réelle diffusée sans consentement</translation>
    </message>
    <message>
        <source>Manipulated, not sexual</source>
        <translation>Manipulée, non sexuelle</translation>
    </message>
    <message>
        <source>Not sexual</source>
        <translation>Non sexuelle</translation>
    </message>
    <message>
        <source>No manipulation found</source>
        <translation>Aucune manipulation constatée</translation>
    </message>
    <message>
        <source>Non-conclusive</source>
        <translation>Non concluant</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <source>Record {seq} of {log} is missing: the history has a gap there.</source>
        <translation>L&apos;enregistrement {seq} de {log} manque : l&apos;historique présente un trou à cet endroit.</translation>
    </message>
    <message>
        <source>Record {seq} of {log} ({record}) is damaged or was edited: it is not a valid record.</source>
        <translation>L&apos;enregistrement {seq} de {log} ({record}) est endommagé ou a été modifié : ce n&apos;est pas un enregistrement valide.</translation>
    </message>
    <message>
        <source>Record {seq} of {log} ({record}) was edited: its stored details do not match its signed content.</source>
        <translation>L&apos;enregistrement {seq} de {log} ({record}) a été modifié : ses détails enregistrés ne correspondent pas à son contenu signé.</translation>
    </message>
    <message>
        <source>Record {seq} of {log} ({record}) was edited: its stored fingerprint does not match its content.</source>
        <translation>L&apos;enregistrement {seq} de {log} ({record}) a été modifié : son empreinte enregistrée ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <source>Record {seq} of {log} ({record}) does not follow the record before it: the chain is broken, so a record was changed, removed or put out of order.</source>
        <translation>L&apos;enregistrement {seq} de {log} ({record}) ne suit pas l&apos;enregistrement précédent : la chaîne est rompue, un enregistrement a donc été modifié, supprimé ou déplacé.</translation>
    </message>
    <message>
        <source>Record {seq} of {log} ({record}) is signed by a key that was never enrolled in this vault.</source>
        <translation>L&apos;enregistrement {seq} de {log} ({record}) est signé par une clé qui n&apos;a jamais été inscrite dans ce coffre.</translation>
    </message>
    <message>
        <source>Record {seq} of {log} ({record}) is signed by a key that had already been revoked.</source>
        <translation>L&apos;enregistrement {seq} de {log} ({record}) est signé par une clé qui avait déjà été révoquée.</translation>
    </message>
    <message>
        <source>The signature of record {seq} of {log} ({record}) is not valid: the record was changed after it was signed.</source>
        <translation>La signature de l&apos;enregistrement {seq} de {log} ({record}) n&apos;est pas valide : l&apos;enregistrement a été modifié après sa signature.</translation>
    </message>
    <message>
        <source>The vault&apos;s identity or checkpoint key was changed: it does not match the vault&apos;s first signed record.</source>
        <translation>L&apos;identité du coffre ou sa clé de points de contrôle a été modifiée : elle ne correspond pas au premier enregistrement signé du coffre.</translation>
    </message>
    <message>
        <source>A signed checkpoint of {log} is not valid (wrong signature or format).</source>
        <translation>Un point de contrôle signé de {log} n&apos;est pas valide (signature ou format incorrect).</translation>
    </message>
    <message>
        <source>Records at the end of {log} are missing: a signed checkpoint covers {expected} records but only {found} remain.</source>
        <translation>Des enregistrements manquent à la fin de {log} : un point de contrôle signé en couvre {expected}, mais il n&apos;en reste que {found}.</translation>
    </message>
    <message>
        <source>The records of {log} do not match its signed checkpoint of {expected} records: a record from position {seq} on was changed or replaced.</source>
        <translation>Les enregistrements de {log} ne correspondent pas à son point de contrôle signé de {expected} enregistrements : un enregistrement à partir de la position {seq} a été modifié ou remplacé.</translation>
    </message>
    <message>
        <source>Two different signed checkpoints of {log} exist for {expected} records: the history was forked (two copies went different ways).</source>
        <translation>Il existe deux points de contrôle signés différents de {log} pour {expected} enregistrements : l&apos;historique a bifurqué (deux copies ont évolué différemment).</translation>
    </message>
    <message>
        <source>Record {seq} of {log} ({record}) is not covered by any signed checkpoint.</source>
        <translation>L&apos;enregistrement {seq} de {log} ({record}) n&apos;est couvert par aucun point de contrôle signé.</translation>
    </message>
    <message>
        <source>The vault&apos;s signed log names {log}, but its records are gone: the case was deleted.</source>
        <translation>Le journal signé du coffre mentionne {log}, mais ses enregistrements ont disparu : le dossier a été supprimé.</translation>
    </message>
    <message>
        <source>The vault&apos;s own signed log of checkpoints was changed or cut.</source>
        <translation>Le journal signé des points de contrôle du coffre a été modifié ou tronqué.</translation>
    </message>
    <message>
        <source>The stored file {blob} named by record {seq} of {log} is missing.</source>
        <translation>Le fichier enregistré {blob} cité par l&apos;enregistrement {seq} de {log} est manquant.</translation>
    </message>
    <message>
        <source>The stored file {blob} named by record {seq} of {log} was changed.</source>
        <translation>Le fichier enregistré {blob} cité par l&apos;enregistrement {seq} de {log} a été modifié.</translation>
    </message>
    <message>
        <source>The encrypted field &apos;{field}&apos; of record {seq} of {log} ({record}) does not match what was signed.</source>
        <translation>Le champ chiffré « {field} » de l&apos;enregistrement {seq} de {log} ({record}) ne correspond pas à ce qui a été signé.</translation>
    </message>
    <message>
        <source>The vault is intact: {records} records in {logs} logs, {blobs} stored files and {checkpoints} checkpoints were checked.</source>
        <translation>Le coffre est intact : {records} enregistrements dans {logs} journaux, {blobs} fichiers enregistrés et {checkpoints} points de contrôle ont été vérifiés.</translation>
    </message>
    <message>
        <source>All encrypted fields and files were decrypted and checked too.</source>
        <translation>Tous les champs et fichiers chiffrés ont aussi été déchiffrés et vérifiés.</translation>
    </message>
    <message>
        <source>Encrypted fields and files were checked without being opened (no passphrase given).</source>
        <translation>Les champs et fichiers chiffrés ont été vérifiés sans être ouverts (aucune phrase secrète fournie).</translation>
    </message>
    <message>
        <source>the key log</source>
        <translation>le journal des clés</translation>
    </message>
    <message>
        <source>case {case}</source>
        <translation>le dossier {case}</translation>
    </message>
    <message>
        <source>the vault&apos;s log</source>
        <translation>le journal du coffre</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase secrète : </translation>
    </message>
    <message>
        <source>Choose a passphrase (at least {minimum} characters): </source>
        <translation>Choisissez une phrase secrète (au moins {minimum} caractères) : </translation>
    </message>
    <message>
        <source>Type the same passphrase again: </source>
        <translation>Saisissez à nouveau la même phrase secrète : </translation>
    </message>
    <message>
        <source>Evidence vault created in {path}. Reviewer {name}, key {key}.</source>
        <translation>Coffre de preuves créé dans {path}. Relecteur {name}, clé {key}.</translation>
    </message>
    <message>
        <source>Case opened: {case}</source>
        <translation>Dossier ouvert : {case}</translation>
    </message>
    <message>
        <source>{file}: stored as media {media} (SHA-256 {sha256})</source>
        <translation>{file} : enregistré comme média {media} (SHA-256 {sha256})</translation>
    </message>
    <message>
        <source>Review sealed: record {record} (position {seq} in case {case})</source>
        <translation>Conclusion scellée : enregistrement {record} (position {seq} dans le dossier {case})</translation>
    </message>
    <message>
        <source>Reviewer {name} enrolled with key {key}.</source>
        <translation>Relecteur {name} inscrit avec la clé {key}.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Aucun dossier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{case}  opened {opened}  {records} records, {media} media  {title}</source>
        <translation>{case}  ouvert le {opened}  {records} enregistrements, {media} médias  {title}</translation>
    </message>
    <message>
        <source>{key}  {name}  {status}  enrolled {enrolled}</source>
        <translation>{key}  {name}  {status}  inscrite le {enrolled}</translation>
    </message>
    <message>
        <source>The list of media labelled suspected minor was changed: it does not match the signed reviews (media {record}). Exports could show a picture that must stay hidden.</source>
        <translation>La liste des médias qualifiés de mineur présumé a été modifiée : elle ne correspond pas aux revues signées (média {record}). Une exportation pourrait montrer une image qui doit rester cachée.</translation>
    </message>
    <message>
        <source>Above: this vault&apos;s key, then its fingerprint. Give the fingerprint to each recipient of an exhibit through another channel than the exhibit itself (read it aloud on the telephone, print it on a letter). They check the exhibit with: python verify_exhibit.py --expect-key FINGERPRINT BUNDLE.zip</source>
        <translation>Ci-dessus : la clé de ce coffre, puis son empreinte. Donnez l&apos;empreinte à chaque destinataire d&apos;une pièce par un autre canal que la pièce elle-même (lisez-la au téléphone, imprimez-la sur un courrier). Il vérifie la pièce avec : python verify_exhibit.py --expect-key EMPREINTE PAQUET.zip</translation>
    </message>
    <message>
        <source>Warning: the passphrase of {name} (key {key}) is protected by a key derivation weaker than this version requires. It is strengthened the next time {name} unlocks the vault.</source>
        <translation>Attention : la phrase secrète de {name} (clé {key}) est protégée par une dérivation de clé plus faible que ce qu&apos;exige cette version. Elle sera renforcée la prochaine fois que {name} déverrouillera le coffre.</translation>
    </message>
    <message>
        <source>Record {seq} of {log} ({record}) claims a time earlier than the record before it: time never goes backwards along a log, so its time or its place was forged (or a clock was set back).</source>
        <translation>L&apos;enregistrement {seq} de {log} ({record}) se date d&apos;avant l&apos;enregistrement qui le précède : le temps ne recule jamais le long d&apos;un journal, sa date ou sa place a donc été falsifiée (ou une horloge a été reculée).</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is damaged: SQLite&apos;s own integrity check fails.</source>
        <translation>Le fichier de base de données du coffre est endommagé : le contrôle d&apos;intégrité de SQLite échoue.</translation>
    </message>
    <message>
        <source>The vault&apos;s database holds something that is not part of a vault (an extra table, view or trigger, or a changed table): it was edited outside the application.</source>
        <translation>La base de données du coffre contient un élément qui n&apos;appartient pas à un coffre (une table, une vue ou un déclencheur en plus, ou une table modifiée) : elle a été modifiée en dehors de l&apos;application.</translation>
    </message>
    <message>
        <source>The vault&apos;s stored facts were changed ({field}): they do not match its signed records.</source>
        <translation>Les informations enregistrées du coffre ont été modifiées ({field}) : elles ne correspondent pas à ses enregistrements signés.</translation>
    </message>
    <message>
        <source>The vault&apos;s list of logs was changed ({log}): it does not match the signed records.</source>
        <translation>La liste des journaux du coffre a été modifiée ({log}) : elle ne correspond pas aux enregistrements signés.</translation>
    </message>
    <message>
        <source>The stored key of reviewer {field} ({record}) is missing: their passphrase can no longer open the vault. Their signed records stay valid; another reviewer, or the recovery key, can still open it.</source>
        <translation>La clé enregistrée de {field} ({record}) a disparu : sa phrase secrète ne peut plus ouvrir le coffre. Ses enregistrements signés restent valables ; une autre personne inscrite, ou la clé de secours, peut encore l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The stored details of file {blob} named by record {seq} of {log} were changed (its size, key or record).</source>
        <translation>Les informations enregistrées du fichier {blob} cité par l&apos;enregistrement {seq} de {log} ont été modifiées (sa taille, sa clé ou son enregistrement).</translation>
    </message>
    <message>
        <source>The vault&apos;s stored keys or facts were changed outside the application: their seal does not match.</source>
        <translation>Les clés ou les informations enregistrées du coffre ont été modifiées en dehors de l&apos;application : leur sceau ne correspond pas.</translation>
    </message>
    <message>
        <source>This vault is older than the one last used on this computer: {expected} saved steps were seen here, only {found} remain. It looks like a restored backup or an old copy; what was recorded after it is missing from it: {field}.</source>
        <translation>Ce coffre est plus ancien que celui utilisé en dernier sur cet ordinateur : {expected} étapes enregistrées ont été vues ici, il n&apos;en reste que {found}. Il s&apos;agit sans doute d&apos;une sauvegarde restaurée ou d&apos;une ancienne copie ; ce qui a été enregistré après elle y manque : {field}.</translation>
    </message>
    <message>
        <source>This vault does not continue the state last seen on this computer ({expected} saved steps): its history went another way. Two copies of it were used separately, or it was rewritten.</source>
        <translation>Ce coffre ne prolonge pas l&apos;état vu en dernier sur cet ordinateur ({expected} étapes enregistrées) : son historique a pris un autre chemin. Deux copies ont été utilisées séparément, ou il a été réécrit.</translation>
    </message>
    <message>
        <source>{log}, records {first} to {last}</source>
        <translation>{log}, enregistrements {first} à {last}</translation>
    </message>
    <message>
        <source>Recovery key {key} enrolled. Its code, shown only this once:

    {code}

Print it and keep it in the organisation&apos;s safe. With it (--reviewer &quot;Recovery key&quot;, the code as passphrase) the vault opens even if every passphrase is forgotten, and a new reviewer can be enrolled.</source>
        <translation>Clé de secours {key} inscrite. Son code, affiché cette seule fois :

    {code}

Imprimez-le et gardez-le sous clé, dans l&apos;armoire forte de l&apos;organisation. Avec lui (--reviewer &quot;Recovery key&quot;, le code comme phrase secrète), le coffre s&apos;ouvre même si toutes les phrases secrètes sont oubliées, et une nouvelle personne peut être inscrite.</translation>
    </message>
    <message>
        <source>Vault fingerprint (give it to recipients of exhibits by telephone or letter): {fingerprint}</source>
        <translation>Empreinte du coffre (à donner aux destinataires des pièces par téléphone ou par courrier) : {fingerprint}</translation>
    </message>
    <message>
        <source>The vault&apos;s signed head after this seal (keep a copy outside this computer, e.g. by e-mail to yourself: it shows later whether the vault was rolled back or forked):</source>
        <translation>La tête signée du coffre après ce scellé (gardez-en une copie hors de cet ordinateur, par exemple en vous l&apos;envoyant par courriel : elle montrera plus tard si le coffre a été ramené en arrière ou a divergé) :</translation>
    </message>
    <message>
        <source>{media}  {name}  {state}</source>
        <translation>{media}  {name}  {state}</translation>
    </message>
    <message>
        <source>, sealed by {who} on {when} (record {record})</source>
        <translation>, scellé par {who} le {when} (enregistrement {record})</translation>
    </message>
    <message>
        <source> (corrects the decision of {when})</source>
        <translation> (corrige la décision du {when})</translation>
    </message>
    <message>
        <source>The trusted timestamp in record {seq} of {log} ({record}) does not check: its token, its certificates or the vault state it stamps were changed.</source>
        <translation>L&apos;horodatage de confiance de l&apos;enregistrement {seq} de {log} ({record}) ne se vérifie pas : son jeton, ses certificats ou l&apos;état du coffre qu&apos;il horodate ont été modifiés.</translation>
    </message>
    <message>
        <source>Trusted timestamp: {tsa} states that the vault&apos;s signed state of {size} checkpoints existed at {time}.</source>
        <translation>Horodatage de confiance : {tsa} atteste que l&apos;état signé du coffre à {size} points de contrôle existait le {time}.</translation>
    </message>
    <message>
        <source>Timestamp request written to {path}. It covers the vault&apos;s signed state of {size} checkpoints. On a computer connected to the internet, send this file to a timestamp authority (RFC 3161), keep its reply (.tsr) and its certificate with its certification authority&apos;s (.pem), then import the reply here with: reviewer timestamp import REPLY.tsr --tsa-cert CERTIFICATES.pem</source>
        <translation>Demande d&apos;horodatage écrite dans {path}. Elle porte sur l&apos;état signé du coffre à {size} points de contrôle. Sur un ordinateur connecté à internet, envoyez ce fichier à une autorité d&apos;horodatage (RFC 3161), gardez sa réponse (.tsr) ainsi que son certificat et celui de son autorité de certification (.pem), puis importez la réponse ici avec : reviewer timestamp import REPONSE.tsr --tsa-cert CERTIFICATS.pem</translation>
    </message>
    <message>
        <source>Trusted timestamp sealed (record {record}): {tsa} states that the vault&apos;s signed state of {size} checkpoints existed at {time}.</source>
        <translation>Horodatage de confiance scellé (enregistrement {record}) : {tsa} atteste que l&apos;état signé du coffre à {size} points de contrôle existait le {time}.</translation>
    </message>
    <message>
        <source>Key {key} revoked: it can no longer sign, and what is recorded from now on is encrypted with a new key it cannot open.</source>
        <translation>Clé {key} révoquée : elle ne peut plus rien signer, et ce qui sera enregistré désormais est chiffré avec une nouvelle clé qu’elle ne peut pas ouvrir.</translation>
    </message>
    <message>
        <source>A small picture kept for the list of media (media {record}) was not made by this vault with its current key: someone put it there. It is not evidence, but do not open the case before your IT team has looked: it could show what should stay blurred.</source>
        <translation>Une petite image gardée pour la liste des médias (média {record}) n’a pas été faite par ce coffre avec sa clé actuelle : quelqu’un l’a placée là. Ce n’est pas une preuve, mais n’ouvrez pas le dossier avant que votre service informatique ait regardé : elle pourrait montrer ce qui doit rester flouté.</translation>
    </message>
    <message>
        <source>Record {seq} of {log} ({record}) claims a time before the vault was created: its time was forged, or it was sealed on a computer whose clock was wrong.</source>
        <translation>L’enregistrement {seq} de {log} ({record}) se date d’avant la création du coffre : sa date a été falsifiée, ou il a été scellé sur un ordinateur dont l’horloge était fausse.</translation>
    </message>
    <message>
        <source>Part of the vault&apos;s database cannot be read: a stored value was damaged or changed outside the application.</source>
        <translation>Une partie de la base de données du coffre ne peut pas être lue : une valeur enregistrée a été endommagée ou modifiée en dehors de l&apos;application.</translation>
    </message>
    <message>
        <source>The stored key of reviewer {field} ({record}) is missing, and no other reviewer or recovery key is left to open the vault: nobody can add to it or read its encrypted details until that key is put back from a backup of the vault. Its signed records stay valid and can still be verified.</source>
        <translation>La clé enregistrée de {field} ({record}) a disparu, et il ne reste ni autre personne inscrite ni clé de secours pour ouvrir le coffre : personne ne peut plus y ajouter quoi que ce soit ni lire ses détails chiffrés tant que cette clé n&apos;a pas été remise à partir d&apos;une sauvegarde du coffre. Ses enregistrements signés restent valables et peuvent toujours être vérifiés.</translation>
    </message>
    <message>
        <source>case &quot;{title}&quot;</source>
        <translation>dossier « {title} »</translation>
    </message>
    <message>
        <source>A signed checkpoint of {log} was signed with the vault&apos;s old signing key, which was replaced when a reviewer was revoked ({field}): whoever signed it kept the old key. The history after that revocation was rewritten or added to by someone who should no longer be able to.</source>
        <translation>Un point de contrôle signé de {log} porte la signature de l&apos;ancienne clé de signature du coffre, remplacée lors de la révocation d&apos;un examinateur ({field}) : la personne qui l&apos;a signé a gardé l&apos;ancienne clé. L&apos;historique postérieur à cette révocation a été réécrit ou complété par quelqu&apos;un qui ne devrait plus pouvoir le faire.</translation>
    </message>
    <message>
        <source>The third and fourth lines: the key that signs this vault now, and its fingerprint. It replaced the first one on {time}, when a reviewer was revoked. Recipients may check an exhibit with either fingerprint; only this second one also rules out an exhibit made from an old copy of the vault by someone who has left.</source>
        <translation>Troisième et quatrième lignes : la clé qui signe ce coffre aujourd&apos;hui, et son empreinte. Elle a remplacé la première le {time}, lors de la révocation d&apos;un examinateur. Les destinataires peuvent vérifier une pièce avec l&apos;une ou l&apos;autre empreinte ; seule la seconde écarte aussi une pièce fabriquée à partir d&apos;une ancienne copie du coffre par quelqu&apos;un qui est parti.</translation>
    </message>
    <message>
        <source>The vault&apos;s signing key was replaced on {time}, when a reviewer was revoked: the key it replaced signed the handover, and everything since is signed with the new key (fingerprint {fingerprint}).</source>
        <translation>La clé de signature du coffre a été remplacée le {time}, lors de la révocation d&apos;un examinateur : la clé remplacée a signé la passation, et tout ce qui suit est signé avec la nouvelle clé (empreinte {fingerprint}).</translation>
    </message>
    <message>
        <source>The stored key of reviewer {field} ({record}) was changed or damaged: it does not match the signed key log or is not what the application writes, so their passphrase can no longer open the vault. Their signed records stay valid; another reviewer, or the recovery key, can still open it.</source>
        <translation>La clé enregistrée de {field} ({record}) a été modifiée ou endommagée : elle ne correspond pas au journal des clés signé, ou n&apos;est pas ce que l&apos;application écrit, donc sa phrase secrète ne peut plus ouvrir le coffre. Ses enregistrements signés restent valables ; une autre personne inscrite, ou la clé de secours, peut encore l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The stored key of reviewer {field} ({record}) was changed or damaged, and no other reviewer or recovery key is left to open the vault: nobody can add to it or read its encrypted details (titles, notes, media, heatmaps) until that key is put back from a backup of the vault. Its signed records stay valid and can still be verified.</source>
        <translation>La clé enregistrée de {field} ({record}) a été modifiée ou endommagée, et il ne reste ni autre personne inscrite ni clé de secours pour ouvrir le coffre : personne ne peut plus y ajouter quoi que ce soit ni lire ses détails chiffrés (titres, notes, médias, cartes) tant que cette clé n&apos;a pas été remise à partir d&apos;une sauvegarde du coffre. Ses enregistrements signés restent valables et peuvent toujours être vérifiés.</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>The picture cannot be both sexual and not sexual: keep the one you are sure of, or choose “Non-conclusive”.</source>
        <translation>L’image ne peut pas être à la fois sexuelle et non sexuelle : gardez celle dont vous êtes sûr(e), ou choisissez « Non concluant ».</translation>
    </message>
    <message>
        <source>The picture cannot be both manipulated and unmanipulated (a real photo): keep the one you are sure of, or choose “Non-conclusive”.</source>
        <translation>L’image ne peut pas être à la fois manipulée et non manipulée (une vraie photo) : gardez celle dont vous êtes sûr(e), ou choisissez « Non concluant ».</translation>
    </message>
    <message>
        <source>“Non-conclusive” means you could not decide, so it cannot go with a conclusion. It can go with “Suspected minor”.</source>
        <translation>« Non concluant » signifie que vous n’avez pas pu conclure : il ne peut pas accompagner une conclusion. Il peut accompagner « Mineur présumé ».</translation>
    </message>
    <message>
        <source>A picture of a suspected minor cannot be labelled as a picture of an adult: keep “Suspected minor”, which protects the picture more.</source>
        <translation>Une image d’un mineur présumé ne peut pas être qualifiée d’image d’un adulte : gardez « Mineur présumé », qui protège davantage l’image.</translation>
    </message>
</context>
</TS>
