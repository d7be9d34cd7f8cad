katalogSearch.add("t-re",{"added":"0zmi1","cluster":"00","flags":"n1i1","ids":"14","motifs":"22313","postings":["03"],"price":"mktDerq5","words":["rebung"]});
