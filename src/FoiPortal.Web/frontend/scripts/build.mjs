// Builds the GOV.UK Frontend assets into ../wwwroot.
// Run by build/Frontend.targets during `dotnet build`, or by hand: `npm run build`.
//
//   scss/app.scss                                   -> ../wwwroot/css/app.css (compressed)
//   govuk-frontend/dist/govuk/govuk-frontend.min.js -> ../wwwroot/js/govuk-frontend.min.js
//   govuk-frontend/dist/govuk/assets/{images,manifest.json} -> ../wwwroot/assets/
//
// Fonts are deliberately not copied: we do not use GDS Transport (see docs/frontend.md).
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const wwwroot = resolve(frontendDir, "..", "wwwroot");
const govuk = join(frontendDir, "node_modules", "govuk-frontend", "dist", "govuk");

const started = performance.now();

// 1. Sass -> CSS
// Sass warnings are printed as plain messages (they never fail the build); a Sass error is printed
// as one "FRONTEND-ERROR ..." line that build/Frontend.targets surfaces as an MSBuild error.
const entry = join(frontendDir, "scss", "app.scss");
const where = (span) =>
  span?.url ? `${relative(frontendDir, fileURLToPath(span.url))}:${span.start.line + 1}:${span.start.column + 1}` : "";
let result;
try {
  result = await sass.compileAsync(entry, {
    style: "compressed",
    importers: [new sass.NodePackageImporter(frontendDir)],
    // Do not report deprecations inside node_modules (govuk-frontend); ours are still reported.
    quietDeps: true,
    logger: {
      warn(message, { deprecation, span }) {
        console.log(`sass ${deprecation ? "deprecation" : "notice"} ${where(span)} ${message}`);
      },
    },
  });
} catch (err) {
  if (err instanceof sass.Exception) {
    console.error(`FRONTEND-ERROR Sass: ${err.sassMessage} (frontend/${where(err.span)})`);
    console.error(err.toString());
  } else {
    console.error(`FRONTEND-ERROR ${err?.stack ?? err}`);
  }
  process.exit(1);
}
await mkdir(join(wwwroot, "css"), { recursive: true });
await writeFile(join(wwwroot, "css", "app.css"), result.css + "\n");

// 2. JavaScript (an ES module: load with <script type="module">)
await mkdir(join(wwwroot, "js"), { recursive: true });
await cp(join(govuk, "govuk-frontend.min.js"), join(wwwroot, "js", "govuk-frontend.min.js"));

// 3. Static assets (favicons, app icons, crest, manifest.json); no fonts.
const assetsOut = join(wwwroot, "assets");
await rm(assetsOut, { recursive: true, force: true });
await cp(join(govuk, "assets", "images"), join(assetsOut, "images"), { recursive: true });
await cp(join(govuk, "assets", "manifest.json"), join(assetsOut, "manifest.json"));

const ms = Math.round(performance.now() - started);
console.log(`govuk-frontend assets built into ${wwwroot} in ${ms} ms`);
