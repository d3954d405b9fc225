/* Swagger UI over our own /openapi.json; "Try it out" uses the browser's login or a Bearer token. */
"use strict";
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
