katalogSearch.add("t-ut",{"added":"00_qi10zmi1","cluster":"00000","flags":"X2n1e1W1i1","ids":"01211","motifs":"10223121213","postings":["02222"],"price":"msac1mktDuuy20erq5","words":["utara"]});
