#!/bin/sh
# Rebuilds assets/fonts/coexist-cjk-subset.ttf from WenQuanYi Micro Hei, and the designer's UI font
# (coexist-sans-regular.ttf, coexist-sans-bold.ttf: DejaVu Sans with those Han characters), dev machines only;
# the build never runs this. Needs: apt-get install -y fonts-wqy-microhei fonts-dejavu-core python3-fonttools.
# Run from the repository root after changing a bundle; BundledFontTest and UiFontCoverageTest fail until the
# fonts cover every character the bundles use.
set -eu
text=app/target/cjk-subset-text.txt
mkdir -p app/target/ui-fonts
# Every character of the bundles and of the seeds (handouts quote seed 003 in Chinese).
cat $(find app/src/main/resources -name '*.properties') ../shared/seeds/*.txt > "$text"
/usr/bin/python3 -m fontTools.subset /usr/share/fonts/truetype/wqy/wqy-microhei.ttc --font-number=0 \
  --text-file="$text" \
  --unicodes=U+0020-007E,U+00A0-00FF,U+0100-017F,U+2000-206F,U+3000-303F,U+FF00-FFEF \
  --layout-features='' --no-hinting --drop-tables+=FFTM,GDEF,GPOS,GSUB,vhea,vmtx --name-IDs='*' \
  --output-file=assets/fonts/coexist-cjk-subset.ttf
/usr/bin/python3 assets/fonts/make-ui-fonts.py "$text" app/target/ui-fonts
