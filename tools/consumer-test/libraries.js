// The Nest libraries a host application imports (projects tagged scope:kernel or type:domain-lib),
// each packed and its README example compiled by the consumer test. Run alone, prints one a line.
const fs = require('node:fs');
const path = require('node:path');

const libsDir = path.join(__dirname, '../../libs');
const LIBRARY_TAGS = ['scope:kernel', 'type:domain-lib'];

function nestLibraries() {
  return fs
    .readdirSync(libsDir)
    .filter((lib) => {
      const project = path.join(libsDir, lib, 'project.json');
      if (!fs.existsSync(project)) return false;
      const { tags = [] } = JSON.parse(fs.readFileSync(project, 'utf8'));
      return tags.some((tag) => LIBRARY_TAGS.includes(tag));
    })
    .sort();
}

module.exports = { nestLibraries };
if (require.main === module) console.log(nestLibraries().join('\n'));
