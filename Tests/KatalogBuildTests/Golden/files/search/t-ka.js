katalogSearch.add("t-ka",{"added":"0ipi1","cluster":"01","flags":"n1t1","ids":"11","motifs":"22311","postings":["13","0"],"price":"mktDmuwJ","words":["kain","katun"]});
