katalogSearch.add("t-ga",{"added":"ipi1","cluster":"1","flags":"t1","ids":"2","motifs":"11","postings":["0"],"price":"muwJ","words":["gading"]});
