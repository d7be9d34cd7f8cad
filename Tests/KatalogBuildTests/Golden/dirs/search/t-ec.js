katalogSearch.add("t-ec",{"added":"0","cluster":"0","flags":"X2","ids":"0","motifs":"10","postings":["1"],"price":"msac1","words":["ecoprint"]});
