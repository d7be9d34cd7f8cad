katalogSearch.add("t-tu",{"added":"0ipi1","cluster":"01","flags":"n1t1","ids":"11","motifs":"22311","postings":["02"],"price":"mktDmuwJ","words":["tulis"]});
