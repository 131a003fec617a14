<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>add_outcome</name>
    <message>
        <source>Check that it is a photo or a video. If it is, ask your IT contact to convert it (to JPEG, PNG or MP4) and add the copy; keep the file you received as it is.</source>
        <translation>Vérifiez qu’il s’agit bien d’une photo ou d’une vidéo. Si c’est le cas, demandez à votre contact informatique de la convertir (en JPEG, PNG ou MP4) et ajoutez la copie ; gardez le fichier reçu tel quel.</translation>
    </message>
    <message>
        <source>Ask your IT contact to convert it (to JPEG, PNG or MP4) and add the copy; keep the file you received as it is.</source>
        <translation>Demandez à votre contact informatique de le convertir (en JPEG, PNG ou MP4) et ajoutez la copie ; gardez le fichier reçu tel quel.</translation>
    </message>
    <message>
        <source>The file is damaged or cut short. Ask for it again (from the person or the platform) and add the new copy. Keep the damaged file too: it is what you received.</source>
        <translation>Le fichier est endommagé ou incomplet. Demandez-le à nouveau (à la personne ou à la plateforme) et ajoutez la nouvelle copie. Gardez aussi le fichier endommagé : c’est ce que vous avez reçu.</translation>
    </message>
    <message>
        <source>Ask your IT contact: the file is larger than this computer can safely open.</source>
        <translation>Adressez-vous à votre contact informatique : le fichier est plus gros que ce que cet ordinateur peut ouvrir sans risque.</translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may open it (USB key plugged in, shared folder reachable), then add it again.</source>
        <translation>Vérifiez que le fichier existe toujours et que vous pouvez l’ouvrir (clé USB branchée, dossier partagé accessible), puis ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <source>Try again once. If it is refused again, the file is probably damaged: ask for it again.</source>
        <translation>Réessayez une fois. S’il est de nouveau refusé, le fichier est probablement endommagé : demandez-le à nouveau.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then add the file again.</source>
        <translation>Libérez de la place sur le disque, puis ajoutez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>Try adding it again. If it is refused again, tell your IT contact (the technical details are in the application&apos;s log).</source>
        <translation>Essayez de l’ajouter à nouveau. S’il est de nouveau refusé, prévenez votre contact informatique (les détails techniques sont dans le journal de l’application).</translation>
    </message>
    <message>
        <source>It was added and sealed, but the detector could not read it: it stays fully blurred. You can still review it.</source>
        <translation>Il a été ajouté et scellé, mais le détecteur n’a pas pu le lire : il reste entièrement flouté. Vous pouvez quand même l’examiner.</translation>
    </message>
    <message>
        <source>no file added</source>
        <translation>aucun fichier ajouté</translation>
    </message>
    <message>
        <source>1 file added</source>
        <translation>1 fichier ajouté</translation>
    </message>
    <message>
        <source>{count} files added</source>
        <translation>{count} fichiers ajoutés</translation>
    </message>
    <message>
        <source>1 refused</source>
        <translation>1 refusé</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} refusés</translation>
    </message>
    <message>
        <source>1 not analysed</source>
        <translation>1 non analysé</translation>
    </message>
    <message>
        <source>{count} not analysed</source>
        <translation>{count} non analysés</translation>
    </message>
    <message>
        <source>adding cancelled: files already added stay in the case</source>
        <translation>ajout annulé : les fichiers déjà ajoutés restent dans le dossier</translation>
    </message>
    <message>
        <source>see the list</source>
        <translation>voir la liste</translation>
    </message>
</context>
<context>
    <name>casework</name>
    <message>
        <source>Recovery code of the evidence vault</source>
        <translation>Code de secours du coffre de preuves</translation>
    </message>
    <message>
        <source>This code opens the evidence vault below if every passphrase is forgotten or lost. Keep this sheet in the organisation&apos;s safe, never on the computer or with the laptop.</source>
        <translation>Ce code ouvre le coffre de preuves ci-dessous si toutes les phrases secrètes sont oubliées ou perdues. Gardez cette feuille sous clé dans les locaux de l&apos;association (une armoire forte), jamais sur l&apos;ordinateur ni avec lui.</translation>
    </message>
    <message>
        <source>To use it: in the unlock window, choose &quot;Recovery key&quot; as the reviewer and type this code as the passphrase. Then add a new reviewer (Vault menu) and remove the access of the one who forgot their passphrase.</source>
        <translation>Pour l&apos;utiliser : dans la fenêtre de déverrouillage, choisissez « Clé de secours » comme examinateur et tapez ce code comme phrase secrète. Ajoutez ensuite un nouvel examinateur (menu Coffre) et retirez l&apos;accès de la personne qui a oublié sa phrase secrète.</translation>
    </message>
    <message>
        <source>If this sheet is lost or may have been seen by someone else, a reviewer can remove the recovery key&apos;s access (Vault menu): it then opens nothing written afterwards.</source>
        <translation>Si cette feuille est perdue ou a pu être vue par quelqu&apos;un d&apos;autre, un examinateur peut retirer l&apos;accès de la clé de secours (menu Coffre) : elle n&apos;ouvre alors plus rien de ce qui est écrit ensuite.</translation>
    </message>
    <message>
        <source>Vault folder: {folder}</source>
        <translation>Dossier du coffre : {folder}</translation>
    </message>
    <message>
        <source>Vault fingerprint: {fingerprint}</source>
        <translation>Empreinte du coffre : {fingerprint}</translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation>Créé le {date}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The case could not be updated. Nothing was changed.</source>
        <translation>Le dossier n&apos;a pas pu être mis à jour. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This media ({media}) is not part of the open case. Open its case, then try again.</source>
        <translation>Ce média ({media}) ne fait pas partie du dossier ouvert. Ouvrez son dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>This file could not be analysed; the rest of the scan went on.</source>
        <translation>Ce fichier n&apos;a pas pu être analysé ; le reste de l&apos;analyse a continué.</translation>
    </message>
    <message>
        <source>This file disappeared or became unreadable while the scan was running.</source>
        <translation>Ce fichier a disparu ou est devenu illisible pendant l&apos;analyse.</translation>
    </message>
    <message>
        <source>The report file {path} cannot be written. Choose a folder where you may save files.</source>
        <translation>Le fichier de rapport {path} ne peut pas être écrit. Choisissez un dossier où vous pouvez enregistrer des fichiers.</translation>
    </message>
    <message>
        <source>The case&apos;s log no longer checks: record {seq} does not follow what was verified. Run &quot;Verify the case&quot; and call your IT team before adding anything to it.</source>
        <translation>Le journal du dossier ne se vérifie plus : l&apos;enregistrement {seq} ne fait pas suite à ce qui avait été vérifié. Lancez « Vérifier le dossier » et appelez votre service informatique avant d&apos;y ajouter quoi que ce soit.</translation>
    </message>
    <message>
        <source>This media was already removed from the case. Nothing was changed.</source>
        <translation>Ce média a déjà été retiré du dossier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This media was sealed as a suspected minor (or is a copy of one), so it stays in the case as evidence. It is already never shown and never exported: only its hashes are. Nothing was changed. If it truly was added by mistake, ask the person responsible for the vault in your organisation.</source>
        <translation>Ce média a été scellé comme mineur présumé (ou en est une copie) : il reste donc dans le dossier comme preuve. Il n&apos;est déjà jamais affiché ni exporté, seules ses empreintes le sont. Rien n&apos;a été modifié. S&apos;il a vraiment été ajouté par erreur, adressez-vous à la personne responsable du coffre dans votre organisation.</translation>
    </message>
    <message>
        <source>Say why the media is removed (for example &quot;Added by mistake&quot;). The reason is recorded. Nothing was changed.</source>
        <translation>Indiquez pourquoi le média est retiré (par exemple « Ajouté par erreur »). La raison est enregistrée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A case title must have between 1 and {maximum} characters. Nothing was changed.</source>
        <translation>Le titre d&apos;un dossier doit compter entre 1 et {maximum} caractères. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A reviewer called &quot;{name}&quot; can already open this vault. Give the new reviewer a name that tells them apart (for example with their first name or team). Nothing was changed.</source>
        <translation>Un examinateur ou une examinatrice nommé « {name} » peut déjà ouvrir ce coffre. Donnez à la nouvelle personne un nom qui les distingue (par exemple avec son prénom ou son équipe). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Say why this reviewer&apos;s access is removed (for example &quot;Left the organisation&quot;). The reason is recorded in the vault. Nothing was changed.</source>
        <translation>Indiquez pourquoi l&apos;accès de cette personne est retiré (par exemple « A quitté l&apos;association »). La raison est enregistrée dans le coffre. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>You cannot remove your own access while you are working in the vault. Ask another reviewer to do it. Nothing was changed.</source>
        <translation>Vous ne pouvez pas retirer votre propre accès pendant que vous travaillez dans le coffre. Demandez à un autre examinateur de le faire. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <source>Decision applied from the group&apos;s representative (SHA-256 {sha256}): {how}.</source>
        <translation>Décision reprise du représentant du groupe (SHA-256 {sha256}) : {how}.</translation>
    </message>
    <message>
        <source>identical file</source>
        <translation>fichier identique</translation>
    </message>
    <message>
        <source>PDQ distance {distance} bits (31 or less: the same picture)</source>
        <translation>distance PDQ de {distance} bits (31 ou moins : la même image)</translation>
    </message>
    <message>
        <source>the frame hashes of both videos match</source>
        <translation>les empreintes des images des deux vidéos concordent</translation>
    </message>
</context>
<context>
    <name>media_filter</name>
    <message>
        <source>Oldest added first</source>
        <translation>Du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>Newest added first</source>
        <translation>Du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>État de l&apos;examen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non examinés</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Examinés</translation>
    </message>
    <message>
        <source>Suspected minor</source>
        <translation>Mineur présumé</translation>
    </message>
    <message>
        <source>Refused or unreadable</source>
        <translation>Refusés ou illisibles</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <source>Added in the last 24 hours</source>
        <translation>Ajoutés dans les dernières 24 heures</translation>
    </message>
    <message>
        <source>Added in the last 7 days</source>
        <translation>Ajoutés dans les 7 derniers jours</translation>
    </message>
    <message>
        <source>Added in the last 30 days</source>
        <translation>Ajoutés dans les 30 derniers jours</translation>
    </message>
</context>
<context>
    <name>removal</name>
    <message>
        <source>Added by mistake</source>
        <translation>Ajouté par erreur</translation>
    </message>
    <message>
        <source>Belongs to another case</source>
        <translation>Appartient à un autre dossier</translation>
    </message>
    <message>
        <source>Same file added twice</source>
        <translation>Même fichier ajouté deux fois</translation>
    </message>
</context>
<context>
    <name>review_state</name>
    <message>
        <source>Not reviewed</source>
        <translation>Non examiné</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Examiné</translation>
    </message>
    <message>
        <source>Suspected minor</source>
        <translation>Mineur présumé</translation>
    </message>
    <message>
        <source>Refused file</source>
        <translation>Fichier refusé</translation>
    </message>
    <message>
        <source>Reviewed: {label}</source>
        <translation>Examiné : {label}</translation>
    </message>
    <message>
        <source>Once sealed as a suspected minor, this media stays withheld from every export, even after a correction.</source>
        <translation>Une fois scellé comme mineur présumé, ce média reste retenu de toutes les pièces exportées, même après une correction.</translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <source>{done}/{total} files ({errors} with errors, {skipped} already done)</source>
        <translation>{done}/{total} fichiers ({errors} en erreur, {skipped} déjà traités)</translation>
    </message>
    <message>
        <source>Scan finished: {ok} analysed, {errors} with errors, {duplicates} duplicates, {skipped} already done, {problems} folder problems.</source>
        <translation>Analyse terminée : {ok} analysés, {errors} en erreur, {duplicates} doublons, {skipped} déjà traités, {problems} problèmes de dossier.</translation>
    </message>
    <message>
        <source>Scan interrupted after {done} files. Run the same command again to continue where it stopped.</source>
        <translation>Analyse interrompue après {done} fichiers. Relancez la même commande pour reprendre là où elle s&apos;est arrêtée.</translation>
    </message>
</context>
<context>
    <name>viewing</name>
    <message>
        <source>This media is a copy of a media sealed as suspected minor in this vault. It is never shown nor exported; a second reviewer&apos;s check is made on the media that was sealed, in its own case.</source>
        <translation>Ce média est une copie d&apos;un média scellé comme mineur présumé dans ce coffre. Il n&apos;est jamais affiché ni exporté ; la vérification par une autre personne se fait sur le média qui a été scellé, dans son propre dossier.</translation>
    </message>
</context>
</TS>
