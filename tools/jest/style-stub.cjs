// Stylesheets mean nothing to jsdom: component specs import them as an empty module.
module.exports = {};
