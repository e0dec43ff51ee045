// Starts Swagger UI on /docs (a file, not inline, so the Content-Security-Policy holds).
const root = document.getElementById("swagger-ui");
window.ui = SwaggerUIBundle({ url: root.dataset.openapi, dom_id: "#swagger-ui" });
