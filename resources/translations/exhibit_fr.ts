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
</TS>
