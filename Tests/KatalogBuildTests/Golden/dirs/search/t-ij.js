katalogSearch.add("t-ij",{"added":"ipi1","cluster":"1","flags":"t1","ids":"2","motifs":"11","postings":["1"],"price":"muwJ","words":["ijen"]});
