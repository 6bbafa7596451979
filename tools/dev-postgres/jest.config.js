module.exports = require('../../jest.preset').projectConfig(__dirname, 'dev-postgres');
