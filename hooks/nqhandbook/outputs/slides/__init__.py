"""Conference slides for every resolution (issue 16): one deck model, three outputs.

deck.py holds what each slide says, computed by make.py from a resolution (budgets and
shortening in fit.py, owners via own.py); pptx_writer.py writes the PowerPoint file; present.py renders
the presentation view in the browser (trinh-chieu/<slug>/); pdf.py converts the .pptx
with LibreOffice (`make slides`).
"""
