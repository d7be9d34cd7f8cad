katalogSearch.add("t-ja",{"added":"0ipi1","cluster":"01","flags":"X2t1","ids":"02","motifs":"1011","postings":["1","2"],"price":"msac1muwJ","words":["jati","jawa"]});
