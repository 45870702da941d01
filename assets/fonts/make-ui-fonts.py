"""Builds the designer's UI font, Coexist Sans (Regular and Bold), from DejaVu Sans and the CJK subset.

One family covers every string the designer shows in every language, so JavaFX never falls back to a system font
(boxes on a machine without one): Latin, punctuation, arrows and shapes from DejaVu Sans, the Han characters of
the bundles and seeds from WenQuanYi Micro Hei. Run by make-cjk-subset.sh (dev machines only; needs
fonts-dejavu-core, fonts-wqy-microhei, python3-fonttools). Usage: make-ui-fonts.py TEXT_FILE OUTPUT_DIR
"""
import sys

from fontTools import subset
from fontTools.merge import Merger, Options
from fontTools.ttLib import TTFont

DEJAVU = {"Regular": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
          "Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"}
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
# Latin-1, Latin Extended-A, General Punctuation, arrows, the minus sign, geometric shapes, and the severity
# symbols (warning sign, heavy multiplication x) the designer puts before a finding's message.
LATIN = [(0x20, 0x7E), (0xA0, 0x17F), (0x2000, 0x206F), (0x2190, 0x21FF), (0x2212, 0x2212), (0x25A0, 0x25FF),
         (0x26A0, 0x26A0), (0x2713, 0x2716)]
FIRST_HAN_BLOCK = 0x2E80


def cut(path, unicodes, output, font_number=0):
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.drop_tables += ["FFTM", "GDEF", "GPOS", "GSUB", "kern", "MATH", "vhea", "vmtx"]
    options.name_IDs = ["*"]
    options.font_number = font_number
    options.notdef_outline = True
    font = subset.load_font(path, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    subset.save_font(font, output, options)


def rename(font, style):
    full = "Coexist Sans" + ("" if style == "Regular" else " " + style)
    names = {1: "Coexist Sans", 2: style, 3: "Coexist Sans " + style, 4: full, 6: "CoexistSans-" + style,
             16: "Coexist Sans", 17: style}
    for record in font["name"].names:
        if record.nameID in names:
            record.string = names[record.nameID]


def main(text_file, out_dir):
    with open(text_file, encoding="utf-8") as f:
        text = f.read()
    latin = {cp for low, high in LATIN for cp in range(low, high + 1)}
    latin |= {ord(c) for c in text if ord(c) < FIRST_HAN_BLOCK}
    for style, path in DEJAVU.items():
        cut(path, latin, f"{out_dir}/latin-{style}.ttf")
    covered = set(TTFont(f"{out_dir}/latin-Regular.ttf").getBestCmap())
    han = ({ord(c) for c in text} | set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))) - covered
    cut(WQY, han, f"{out_dir}/han.ttf")
    for style in DEJAVU:
        merged = Merger(options=Options()).merge([f"{out_dir}/latin-{style}.ttf", f"{out_dir}/han.ttf"])
        rename(merged, style)
        # Same inputs, same bytes: the dates are DejaVu's own, not the time of the run.
        merged["head"].created = merged["head"].modified = TTFont(DEJAVU[style])["head"].modified
        merged.recalcTimestamp = False
        merged.save(f"assets/fonts/coexist-sans-{style.lower()}.ttf")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
