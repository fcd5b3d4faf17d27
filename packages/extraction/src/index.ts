// Text extraction from uploaded documents (PDF, DOCX, HTML, Markdown, text, CSV, JSON).
