console.error('citeread: not built yet');
process.exit(2);
