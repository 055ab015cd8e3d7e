FROM python:3.11-slim
WORKDIR /app
# A CJK font for the /heatmap picture's Chinese labels.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-wqy-microhei && rm -rf /var/lib/apt/lists/*
COPY pyproject.toml README.md ./
COPY bot bot
COPY core core
COPY nlp nlp
COPY parsers parsers
COPY tandem tandem
COPY webhooks webhooks
COPY demo demo
RUN pip install --no-cache-dir -e .
ENV HOST=0.0.0.0 PORT=8000
EXPOSE 8000
CMD ["sh", "-c", "tandem db upgrade && tandem demo --load && tandem serve"]
