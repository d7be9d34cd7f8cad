katalogSearch.add("t-da",{"added":"0ipi1","cluster":"01","flags":"X2t1","ids":"02","motifs":"1011","postings":["12"],"price":"msac1muwJ","words":["daun"]});
