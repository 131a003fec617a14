<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>compare</name>
    <message>
        <source>in the upper left of the picture</source>
        <translation>en haut à gauche de l&apos;image</translation>
    </message>
    <message>
        <source>in the upper middle of the picture</source>
        <translation>en haut, au milieu de l&apos;image</translation>
    </message>
    <message>
        <source>in the upper right of the picture</source>
        <translation>en haut à droite de l&apos;image</translation>
    </message>
    <message>
        <source>on the left side of the picture</source>
        <translation>sur le côté gauche de l&apos;image</translation>
    </message>
    <message>
        <source>in the centre of the picture</source>
        <translation>au centre de l&apos;image</translation>
    </message>
    <message>
        <source>on the right side of the picture</source>
        <translation>sur le côté droit de l&apos;image</translation>
    </message>
    <message>
        <source>in the lower left of the picture</source>
        <translation>en bas à gauche de l&apos;image</translation>
    </message>
    <message>
        <source>in the lower middle of the picture</source>
        <translation>en bas, au milieu de l&apos;image</translation>
    </message>
    <message>
        <source>in the lower right of the picture</source>
        <translation>en bas à droite de l&apos;image</translation>
    </message>
    <message>
        <source>in several places of the picture</source>
        <translation>à plusieurs endroits de l&apos;image</translation>
    </message>
    <message>
        <source>About {percent} % of the picture differs from the original photo, mostly {where}.</source>
        <translation>Environ {percent} % de l&apos;image diffère de la photo d&apos;origine, surtout {where}.</translation>
    </message>
    <message>
        <source>{share} % of the changed area lies in the sensitive regions.</source>
        <translation>{share} % de la zone modifiée se trouve dans les zones sensibles.</translation>
    </message>
    <message>
        <source>Everywhere else the two pictures line up closely, so this is strong evidence that this area was changed after the original photo was taken.</source>
        <translation>Partout ailleurs, les deux images se superposent étroitement : c&apos;est donc un élément solide montrant que cette zone a été modifiée après la prise de la photo d&apos;origine.</translation>
    </message>
    <message>
        <source>Elsewhere the two pictures line up less closely (resizing or recompression), so the outline of the area is approximate; the area itself is a reliable sign of a change.</source>
        <translation>Ailleurs, les deux images se superposent moins étroitement (redimensionnement ou recompression) : le contour de la zone est donc approximatif, mais la zone elle-même est un signe fiable de modification.</translation>
    </message>
    <message>
        <source>No area differs clearly from the original photo: the two are copies of the same photograph, and nothing large enough to see at this resolution was added or removed.</source>
        <translation>Aucune zone ne diffère nettement de la photo d&apos;origine : les deux sont des copies de la même photographie, et rien d&apos;assez grand pour être visible à cette résolution n&apos;a été ajouté ni retiré.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The analysis could not be completed. Nothing was changed.</source>
        <translation>L&apos;analyse n&apos;a pas pu être menée à bien. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The detection model {name} has been changed or damaged, so it was not used. Reinstall the application or ask your IT team.</source>
        <translation>Le modèle de détection {name} a été modifié ou endommagé ; il n&apos;a donc pas été utilisé. Réinstallez l&apos;application ou adressez-vous à votre service informatique.</translation>
    </message>
    <message>
        <source>The detection model {name} is not installed on this computer. Reinstall the application.</source>
        <translation>Le modèle de détection {name} n&apos;est pas installé sur cet ordinateur. Réinstallez l&apos;application.</translation>
    </message>
    <message>
        <source>No detection model named {name} is listed in the model lists.</source>
        <translation>Aucun modèle de détection nommé {name} ne figure dans les listes de modèles.</translation>
    </message>
    <message>
        <source>The list of detection models in {path} cannot be read. Ask your IT team to check it.</source>
        <translation>La liste des modèles de détection {path} est illisible. Demandez à votre service informatique de la vérifier.</translation>
    </message>
    <message>
        <source>This analysis works on still images only, not on videos.</source>
        <translation>Cette analyse ne s&apos;applique qu&apos;aux images fixes, pas aux vidéos.</translation>
    </message>
    <message>
        <source>This analysis works on videos only.</source>
        <translation>Cette analyse ne s&apos;applique qu&apos;aux vidéos.</translation>
    </message>
    <message>
        <source>The two photos could not be lined up, so no comparison was made. They may show different scenes, or one of them is too small or too changed.</source>
        <translation>Les deux photos n&apos;ont pas pu être superposées ; aucune comparaison n&apos;a donc été faite. Elles montrent peut-être des scènes différentes, ou l&apos;une d&apos;elles est trop petite ou trop modifiée.</translation>
    </message>
    <message>
        <source>The reference photo does not appear to be the same photograph as this image: it may be another shot of the same scene. No comparison was made, because two different photographs differ everywhere and the differences would not show an edit. Use the photo the image was made from, if the person has it.</source>
        <translation>La photo de référence ne semble pas être la même photographie que cette image : il s’agit peut-être d’une autre prise de vue de la même scène. Aucune comparaison n’a été faite, car deux photographies différentes diffèrent partout et leurs différences ne montreraient pas une retouche. Utilisez la photo à partir de laquelle l’image a été faite, si la personne l’a.</translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <source>exposed body parts</source>
        <translation>parties du corps dénudées</translation>
    </message>
    <message>
        <source>covered body parts</source>
        <translation>parties du corps couvertes</translation>
    </message>
    <message>
        <source>faces</source>
        <translation>visages</translation>
    </message>
    <message>
        <source>other areas</source>
        <translation>autres zones</translation>
    </message>
</context>
<context>
    <name>heatmaps</name>
    <message>
        <source>An inconsistency cue, never proof of editing.</source>
        <translation>Un indice d&apos;incohérence, jamais une preuve de retouche.</translation>
    </message>
    <message>
        <source>Noise residual</source>
        <translation>Résidu de bruit</translation>
    </message>
    <message>
        <source>Bright where the fine grain left after removing the picture differs from the rest of the image.</source>
        <translation>Clair là où le grain fin qui reste une fois l&apos;image retirée diffère du reste de l&apos;image.</translation>
    </message>
    <message>
        <source>Also bright on naturally smooth areas (skin, sky, blur, beauty filters) and on strong texture; resizing and recompression weaken it.</source>
        <translation>Clair aussi sur les zones naturellement lisses (peau, ciel, flou, filtres beauté) et sur les textures marquées ; un redimensionnement ou une recompression l&apos;affaiblissent.</translation>
    </message>
    <message>
        <source>Local noise level</source>
        <translation>Niveau de bruit local</translation>
    </message>
    <message>
        <source>Bright where a block&apos;s camera noise is much stronger or weaker than in the rest of the image.</source>
        <translation>Clair là où le bruit du capteur d&apos;un bloc est bien plus fort ou plus faible que dans le reste de l&apos;image.</translation>
    </message>
    <message>
        <source>Coarse (one value per block); fires on smooth skin, sky, dark or overexposed areas and heavy texture; denoising of the whole image hides it.</source>
        <translation>Grossier (une valeur par bloc) ; réagit à la peau lisse, au ciel, aux zones sombres ou surexposées et aux textures fortes ; un débruitage de toute l&apos;image le masque.</translation>
    </message>
    <message>
        <source>Edges, fine texture and saturated colours are always brighter; meaningless after resizing or for images generated whole.</source>
        <translation>Les contours, les textures fines et les couleurs saturées sont toujours plus clairs ; sans valeur après un redimensionnement ou pour une image générée en entier.</translation>
    </message>
    <message>
        <source>JPEG ghosts</source>
        <translation>Fantômes JPEG</translation>
    </message>
    <message>
        <source>Sensitive regions</source>
        <translation>Zones sensibles</translation>
    </message>
    <message>
        <source>Where the detector found sensitive regions, brighter for higher scores.</source>
        <translation>Là où le détecteur a trouvé des zones sensibles, plus clair quand le score est plus élevé.</translation>
    </message>
    <message>
        <source>A detector score is not a verdict: it misses some regions (back views) and mistakes others (chests, faces&apos; gender).</source>
        <translation>Un score de détecteur n&apos;est pas un verdict : il manque certaines zones (vues de dos) et se trompe sur d&apos;autres (torses, genre des visages).</translation>
    </message>
    <message>
        <source>Change from the original (structure)</source>
        <translation>Différences avec l&apos;original (structure)</translation>
    </message>
    <message>
        <source>Bright where the shapes and textures differ from the aligned original photo.</source>
        <translation>Clair là où les formes et les textures diffèrent de la photo originale superposée.</translation>
    </message>
    <message>
        <source>Only meaningful if the original really is the source photo; lighting, resizing and compression also show faintly; edges of the frame are left out.</source>
        <translation>N&apos;a de sens que si l&apos;original est bien la photo d&apos;origine ; l&apos;éclairage, le redimensionnement et la compression apparaissent aussi faiblement ; les bords du cadre sont exclus.</translation>
    </message>
    <message>
        <source>Change from the original (colour)</source>
        <translation>Différences avec l&apos;original (couleur)</translation>
    </message>
    <message>
        <source>Bright where the colours differ from the aligned original photo.</source>
        <translation>Clair là où les couleurs diffèrent de la photo originale superposée.</translation>
    </message>
    <message>
        <source>Colour corrections and filters light up the whole image.</source>
        <translation>Les corrections de couleur et les filtres éclairent toute l&apos;image.</translation>
    </message>
    <message>
        <source>a photo edited and saved once more as JPEG</source>
        <translation>une photo retouchée puis réenregistrée une fois en JPEG</translation>
    </message>
    <message>
        <source>Saved once where the rest was saved twice (double JPEG)</source>
        <translation>Enregistré une fois là où le reste l&apos;a été deux fois (double JPEG)</translation>
    </message>
    <message>
        <source>Bright where this part of the JPEG was compressed only once while the rest of the photo carries an earlier JPEG save: what a region repainted and pasted back into a photo leaves.</source>
        <translation>Clair là où cette partie du JPEG n&apos;a été compressée qu&apos;une fois alors que le reste de la photo porte la trace d&apos;un enregistrement JPEG antérieur : c&apos;est ce que laisse une zone repeinte puis recollée dans une photo.</translation>
    </message>
    <message>
        <source>Only works when the file still carries the photo&apos;s earlier JPEG grid: lost after resizing, cropping, a screenshot, or a later save at a lower quality (as most platforms do). Black everywhere proves nothing.</source>
        <translation>Ne fonctionne que si le fichier porte encore la grille JPEG d&apos;origine de la photo : elle disparaît après un redimensionnement, un recadrage, une capture d&apos;écran ou un nouvel enregistrement en qualité plus basse (ce que font la plupart des plateformes). Une carte entièrement noire ne prouve rien.</translation>
    </message>
    <message>
        <source>Error level analysis (resaved at quality 90)</source>
        <translation>Analyse du niveau d&apos;erreur (réenregistrement en qualité 90)</translation>
    </message>
    <message>
        <source>Bright where resaving the JPEG at quality 90 changes the picture more than elsewhere, as happens when a part was saved a different number of times.</source>
        <translation>Clair là où le réenregistrement du JPEG en qualité 90 modifie l&apos;image plus qu&apos;ailleurs, comme lorsqu&apos;une partie a été enregistrée un nombre de fois différent.</translation>
    </message>
    <message>
        <source>Bright where this part&apos;s JPEG history differs from most of the picture&apos;s: saved at a lower quality when the rest was not, or not saved when the rest was.</source>
        <translation>Clair là où l&apos;historique JPEG de cette partie diffère de celui de la plus grande partie de l&apos;image : enregistrée en qualité plus basse quand le reste ne l&apos;a pas été, ou pas enregistrée quand le reste l&apos;a été.</translation>
    </message>
    <message>
        <source>Blind when the earlier quality was higher than or close to the file&apos;s; lost after resizing; assumes the edited part is the smaller one.</source>
        <translation>Aveugle quand la qualité antérieure était supérieure ou proche de celle du fichier ; perdu après un redimensionnement ; suppose que la partie retouchée est la plus petite.</translation>
    </message>
    <message>
        <source>On test edits like these ({pictures}), this map found the edited area almost every time (pixel AUC {auc}; 0.5 is chance, 1 is perfect).</source>
        <translation>Sur des retouches de test semblables ({pictures}), cette carte a trouvé la zone retouchée presque à chaque fois (AUC par pixel {auc} ; 0,5 correspond au hasard, 1 à la perfection).</translation>
    </message>
    <message>
        <source>On test edits like these ({pictures}), this map found the edited area most of the time (pixel AUC {auc}; 0.5 is chance, 1 is perfect).</source>
        <translation>Sur des retouches de test semblables ({pictures}), cette carte a trouvé la zone retouchée la plupart du temps (AUC par pixel {auc} ; 0,5 correspond au hasard, 1 à la perfection).</translation>
    </message>
    <message>
        <source>On test edits like these ({pictures}), this map found the edited area only a little more often than chance (pixel AUC {auc}; 0.5 is chance, 1 is perfect).</source>
        <translation>Sur des retouches de test semblables ({pictures}), cette carte n&apos;a trouvé la zone retouchée qu&apos;un peu plus souvent que le hasard (AUC par pixel {auc} ; 0,5 correspond au hasard, 1 à la perfection).</translation>
    </message>
    <message>
        <source>On test edits like these ({pictures}), this map found the edited area about as often as chance (pixel AUC {auc}; 0.5 is chance, 1 is perfect).</source>
        <translation>Sur des retouches de test semblables ({pictures}), cette carte a trouvé la zone retouchée à peu près aussi souvent que le hasard (AUC par pixel {auc} ; 0,5 correspond au hasard, 1 à la perfection).</translation>
    </message>
    <message>
        <source>On test edits like these ({pictures}), this map pointed at the untouched area more often than at the edited one (pixel AUC {auc}; 0.5 is chance).</source>
        <translation>Sur des retouches de test semblables ({pictures}), cette carte a désigné la zone intacte plus souvent que la zone retouchée (AUC par pixel {auc} ; 0,5 correspond au hasard).</translation>
    </message>
    <message>
        <source>Expert map: hidden by default because it did not find edits reliably.</source>
        <translation>Carte pour experts : masquée par défaut, car elle ne trouvait pas les retouches de façon fiable.</translation>
    </message>
    <message>
        <source>Shown by default: it found edits reliably on pictures like this one.</source>
        <translation>Affichée par défaut : elle a trouvé les retouches de façon fiable sur des images comme celle-ci.</translation>
    </message>
    <message>
        <source>Not a forensic cue: it shows what the detector found.</source>
        <translation>Ce n&apos;est pas un indice d&apos;analyse : elle montre ce que le détecteur a trouvé.</translation>
    </message>
    <message>
        <source>edited photos saved losslessly, as JPEG once or twice, resized, screenshotted or cropped</source>
        <translation>des photos retouchées enregistrées sans perte, en JPEG une ou deux fois, redimensionnées, en capture d&apos;écran ou recadrées</translation>
    </message>
    <message>
        <source>edited photos saved as JPEG once or twice, resized or cropped</source>
        <translation>des photos retouchées enregistrées en JPEG une ou deux fois, redimensionnées ou recadrées</translation>
    </message>
    <message>
        <source>edited photos compared with their true original, saved losslessly, recompressed, resized or cropped</source>
        <translation>des photos retouchées comparées à leur véritable original, enregistrées sans perte, recompressées, redimensionnées ou recadrées</translation>
    </message>
    <message>
        <source>Expert map here: this file does not carry an earlier JPEG save the map can read, so it shows nothing.</source>
        <translation>Carte pour experts ici : ce fichier ne porte pas de trace d&apos;un enregistrement JPEG antérieur que la carte puisse lire, elle ne montre donc rien.</translation>
    </message>
    <message>
        <source>.</source>
        <translation>,</translation>
    </message>
</context>
<context>
    <name>same_photo</name>
    <message>
        <source>The two pictures are very probably the same photo, edited.</source>
        <translation>Les deux images sont très probablement la même photo retouchée.</translation>
    </message>
    <message>
        <source>The two pictures are probably the same photo, edited (it was resized or recompressed, so the outline of the change is approximate).</source>
        <translation>Les deux images sont probablement la même photo retouchée (elle a été redimensionnée ou recompressée : le contour de la retouche est approximatif).</translation>
    </message>
    <message>
        <source>The two pictures are very probably the same photo, with no visible edit.</source>
        <translation>Les deux images sont très probablement la même photo, sans retouche visible.</translation>
    </message>
    <message>
        <source>The two pictures are probably not the same photo: another shot, even of the same scene, cannot show what was changed.</source>
        <translation>Les deux images ne sont probablement pas la même photo : une autre prise de vue, même de la même scène, ne peut pas montrer ce qui a été modifié.</translation>
    </message>
    <message>
        <source>The two pictures are probably not the same photo: they have too little in common to be lined up.</source>
        <translation>Les deux images ne sont probablement pas la même photo : elles ont trop peu en commun pour être superposées.</translation>
    </message>
</context>
</TS>
