"""Conference slides for every resolution (issue 16): one deck model, three outputs.

deck.py computes what each slide says from a resolution (character budgets, shortening
rules, owners via own.py); pptx_writer.py writes the PowerPoint file; present.py renders
the presentation view in the browser (trinh-chieu/<slug>/); pdf.py converts the .pptx
with LibreOffice (`make slides`).
"""
