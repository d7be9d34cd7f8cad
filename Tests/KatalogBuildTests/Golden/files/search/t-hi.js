katalogSearch.add("t-hi",{"added":"0","cluster":"0","flags":"n1","ids":"1","motifs":"223","postings":["0"],"price":"mktD","words":["hitam"]});
