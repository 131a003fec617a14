<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>compare</name>
    <message>
        <source>in the upper left of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the upper middle of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the upper right of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the left side of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the centre of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the right side of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the lower left of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the lower middle of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the lower right of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in several places of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {percent} % of the picture differs from the original photo, mostly {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} % of the changed area lies in the sensitive regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere else the two pictures line up closely, so this is strong evidence that this area was changed after the original photo was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere the two pictures line up less closely (resizing or recompression), so the outline of the area is approximate; the area itself is a reliable sign of a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area differs clearly from the original photo: the two are copies of the same photograph, and nothing large enough to see at this resolution was added or removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The analysis could not be completed. Nothing was changed.</source>
        <translation>The analysis could not be completed. Nothing was changed.</translation>
    </message>
    <message>
        <source>The detection model {name} has been changed or damaged, so it was not used. Reinstall the application or ask your IT team.</source>
        <translation>The detection model {name} has been changed or damaged, so it was not used. Reinstall the application or ask your IT team.</translation>
    </message>
    <message>
        <source>The detection model {name} is not installed on this computer. Reinstall the application.</source>
        <translation>The detection model {name} is not installed on this computer. Reinstall the application.</translation>
    </message>
    <message>
        <source>No detection model named {name} is listed in the model lists.</source>
        <translation>No detection model named {name} is listed in the model lists.</translation>
    </message>
    <message>
        <source>The list of detection models in {path} cannot be read. Ask your IT team to check it.</source>
        <translation>The list of detection models in {path} cannot be read. Ask your IT team to check it.</translation>
    </message>
    <message>
        <source>This analysis works on still images only, not on videos.</source>
        <translation>This analysis works on still images only, not on videos.</translation>
    </message>
    <message>
        <source>This analysis works on videos only.</source>
        <translation>This analysis works on videos only.</translation>
    </message>
    <message>
        <source>The two photos could not be lined up, so no comparison was made. They may show different scenes, or one of them is too small or too changed.</source>
        <translation>The two photos could not be lined up, so no comparison was made. They may show different scenes, or one of them is too small or too changed.</translation>
    </message>
    <message>
        <source>The reference photo does not appear to be the same photograph as this image: it may be another shot of the same scene. No comparison was made, because two different photographs differ everywhere and the differences would not show an edit. Use the photo the image was made from, if the person has it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <source>exposed body parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covered body parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heatmaps</name>
    <message>
        <source>An inconsistency cue, never proof of editing.</source>
        <translation>An inconsistency cue, never proof of editing.</translation>
    </message>
    <message>
        <source>Noise residual</source>
        <translation>Noise residual</translation>
    </message>
    <message>
        <source>Bright where the fine grain left after removing the picture differs from the rest of the image.</source>
        <translation>Bright where the fine grain left after removing the picture differs from the rest of the image.</translation>
    </message>
    <message>
        <source>Also bright on naturally smooth areas (skin, sky, blur, beauty filters) and on strong texture; resizing and recompression weaken it.</source>
        <translation>Also bright on naturally smooth areas (skin, sky, blur, beauty filters) and on strong texture; resizing and recompression weaken it.</translation>
    </message>
    <message>
        <source>Local noise level</source>
        <translation>Local noise level</translation>
    </message>
    <message>
        <source>Bright where a block&apos;s camera noise is much stronger or weaker than in the rest of the image.</source>
        <translation>Bright where a block&apos;s camera noise is much stronger or weaker than in the rest of the image.</translation>
    </message>
    <message>
        <source>Coarse (one value per block); fires on smooth skin, sky, dark or overexposed areas and heavy texture; denoising of the whole image hides it.</source>
        <translation>Coarse (one value per block); fires on smooth skin, sky, dark or overexposed areas and heavy texture; denoising of the whole image hides it.</translation>
    </message>
    <message>
        <source>Edges, fine texture and saturated colours are always brighter; meaningless after resizing or for images generated whole.</source>
        <translation>Edges, fine texture and saturated colours are always brighter; meaningless after resizing or for images generated whole.</translation>
    </message>
    <message>
        <source>JPEG ghosts</source>
        <translation>JPEG ghosts</translation>
    </message>
    <message>
        <source>Sensitive regions</source>
        <translation>Sensitive regions</translation>
    </message>
    <message>
        <source>Where the detector found sensitive regions, brighter for higher scores.</source>
        <translation>Where the detector found sensitive regions, brighter for higher scores.</translation>
    </message>
    <message>
        <source>A detector score is not a verdict: it misses some regions (back views) and mistakes others (chests, faces&apos; gender).</source>
        <translation>A detector score is not a verdict: it misses some regions (back views) and mistakes others (chests, faces&apos; gender).</translation>
    </message>
    <message>
        <source>Change from the original (structure)</source>
        <translation>Change from the original (structure)</translation>
    </message>
    <message>
        <source>Bright where the shapes and textures differ from the aligned original photo.</source>
        <translation>Bright where the shapes and textures differ from the aligned original photo.</translation>
    </message>
    <message>
        <source>Only meaningful if the original really is the source photo; lighting, resizing and compression also show faintly; edges of the frame are left out.</source>
        <translation>Only meaningful if the original really is the source photo; lighting, resizing and compression also show faintly; edges of the frame are left out.</translation>
    </message>
    <message>
        <source>Change from the original (colour)</source>
        <translation>Change from the original (colour)</translation>
    </message>
    <message>
        <source>Bright where the colours differ from the aligned original photo.</source>
        <translation>Bright where the colours differ from the aligned original photo.</translation>
    </message>
    <message>
        <source>Colour corrections and filters light up the whole image.</source>
        <translation>Colour corrections and filters light up the whole image.</translation>
    </message>
    <message>
        <source>a photo edited and saved once more as JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved once where the rest was saved twice (double JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bright where this part of the JPEG was compressed only once while the rest of the photo carries an earlier JPEG save: what a region repainted and pasted back into a photo leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only works when the file still carries the photo&apos;s earlier JPEG grid: lost after resizing, cropping, a screenshot, or a later save at a lower quality (as most platforms do). Black everywhere proves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error level analysis (resaved at quality 90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bright where resaving the JPEG at quality 90 changes the picture more than elsewhere, as happens when a part was saved a different number of times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bright where this part&apos;s JPEG history differs from most of the picture&apos;s: saved at a lower quality when the rest was not, or not saved when the rest was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind when the earlier quality was higher than or close to the file&apos;s; lost after resizing; assumes the edited part is the smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On test edits like these ({pictures}), this map found the edited area almost every time (pixel AUC {auc}; 0.5 is chance, 1 is perfect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On test edits like these ({pictures}), this map found the edited area most of the time (pixel AUC {auc}; 0.5 is chance, 1 is perfect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On test edits like these ({pictures}), this map found the edited area only a little more often than chance (pixel AUC {auc}; 0.5 is chance, 1 is perfect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On test edits like these ({pictures}), this map found the edited area about as often as chance (pixel AUC {auc}; 0.5 is chance, 1 is perfect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On test edits like these ({pictures}), this map pointed at the untouched area more often than at the edited one (pixel AUC {auc}; 0.5 is chance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert map: hidden by default because it did not find edits reliably.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown by default: it found edits reliably on pictures like this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a forensic cue: it shows what the detector found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited photos saved losslessly, as JPEG once or twice, resized, screenshotted or cropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited photos saved as JPEG once or twice, resized or cropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited photos compared with their true original, saved losslessly, recompressed, resized or cropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert map here: this file does not carry an earlier JPEG save the map can read, so it shows nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>same_photo</name>
    <message>
        <source>The two pictures are very probably the same photo, edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two pictures are probably the same photo, edited (it was resized or recompressed, so the outline of the change is approximate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two pictures are very probably the same photo, with no visible edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two pictures are probably not the same photo: another shot, even of the same scene, cannot show what was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two pictures are probably not the same photo: they have too little in common to be lined up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
